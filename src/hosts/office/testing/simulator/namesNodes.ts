/** Workbook names: the tool's ThiDua_<tag> names pointing at A1 of its sheets. */
import type { FakeName } from "../fakeWorkbook";
import { FakeOfficeError, nameValue } from "../fakeWorkbook";
import type { RangeNode } from "./rangeNodes";
import type { QueryResult } from "./simNode";
import { answer, SimNode, stringArg } from "./simNode";
import type { SimState } from "./simState";

export class NamedItemCollectionNode extends SimNode {
  readonly className = "NamedItemCollection";

  constructor(private readonly state: SimState) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name === "GetItem") return this.indexer(args);
    if (name === "Add") {
      const itemName = stringArg(args, 0, "The name");
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(itemName)) throw new FakeOfficeError("InvalidArgument", `"${itemName}" is not a valid name.`);
      if (this.state.names.some((n) => n.name.toLowerCase() === itemName.toLowerCase())) {
        throw new FakeOfficeError("InvalidArgument", `The name "${itemName}" already exists.`);
      }
      const range = args[1] as RangeNode;
      if (range === null || typeof range !== "object" || range.className !== "Range") {
        throw new FakeOfficeError("InvalidArgument", "The simulator only names ranges given as Range objects.");
      }
      const entry: FakeName = { name: itemName, sheet: range.sheet(), box: range.box };
      this.state.names.push(entry);
      return new NamedItemNode(this.state, entry);
    }
    return super.method(name, args);
  }

  override indexer(args: readonly unknown[]): SimNode {
    const key = stringArg(args, 0, "The name").toLowerCase();
    const found = this.state.names.find((n) => n.name.toLowerCase() === key);
    if (found === undefined) throw new FakeOfficeError("ItemNotFound", `The name "${String(args[0])}" does not exist.`);
    return new NamedItemNode(this.state, found);
  }

  override query(select: readonly string[]): QueryResult {
    return { _Items: this.state.names.map((n) => ({ ...new NamedItemNode(this.state, n).query(select), _Id: n.name })) };
  }
}

class NamedItemNode extends SimNode {
  readonly className = "NamedItem";

  constructor(private readonly state: SimState, private readonly entry: FakeName) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name !== "Delete") return super.method(name, args);
    const list = this.state.names;
    const at = list.indexOf(this.entry);
    if (at < 0) throw new FakeOfficeError("ItemNotFound", "The name does not exist.");
    list.splice(at, 1);
    return undefined;
  }

  override query(select: readonly string[]): QueryResult {
    const n = this.entry;
    return answer(this.className, select, {
      Name: () => n.name,
      Type: () => (n.sheet.deleted ? "Error" : "Range"),
      Value: () => nameValue(n),
      Visible: () => true,
    });
  }
}
