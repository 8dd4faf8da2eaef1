/**
 * Excel's side of office.js's request protocol: a POST …/ProcessQuery whose body
 * is { Actions, ObjectPaths } (see ClientRequest and HttpRequestExecutor in
 * excel-web-16.00.debug.js). Actions run in order and not as a transaction: a
 * failing action leaves the earlier ones applied and stops the request, and the
 * answer names the error ({ Results, Error }). Objects the library asks to keep
 * (_KeepReference) get a _ReferenceId that later requests use.
 */
import { FakeOfficeError } from "../fakeWorkbook";
import { requiredMinor } from "./apiSets";
import { SimNode } from "./simNode";
import type { SimState } from "./simState";
import { WorkbookNode } from "./workbookNodes";

interface ArgumentInfo {
  readonly Arguments?: readonly unknown[];
  readonly ReferencedObjectPathIds?: readonly number[];
}

interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: { readonly Select?: readonly string[] };
}

export interface RequestBody {
  readonly Actions: readonly ActionInfo[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
}

export interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface ResponseBody {
  readonly Results: readonly ActionResult[];
  readonly Error?: { readonly Code: string; readonly Message: string; readonly HttpStatusCode: number; readonly Location: string; readonly ActionIndex: number };
}

/** Objects kept between requests, by the _ReferenceId handed out. */
export class ReferenceTable {
  private readonly byId = new Map<string, SimNode>();
  private next = 1;

  keep(node: SimNode): string {
    const id = `sim-ref-${this.next++}`;
    this.byId.set(id, node);
    return id;
  }

  get(id: string): SimNode {
    const node = this.byId.get(id);
    if (node === undefined) throw new FakeOfficeError("InvalidObjectPath", `The object ${id} is no longer available.`);
    return node;
  }
}

const enum PathType {
  GlobalObject = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  ReferenceId = 6,
  NullObject = 7,
}

const enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
}

/** Runs one request against the state. */
export function processQuery(state: SimState, refs: ReferenceTable, body: RequestBody): ResponseBody {
  const resolved = new Map<number, unknown>();
  const kept = new Set<SimNode>();
  const root = new WorkbookNode(state);

  const check = (node: SimNode, member: string): void => {
    if (state.simulate.failOn === `${node.className}.${member}`) {
      state.simulate.failOn = null;
      throw new FakeOfficeError("GeneralException", `Simulated failure in ${node.className}.${member}.`);
    }
    const minor = requiredMinor(node.className, member);
    if (minor > state.apiMinor) {
      throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (${node.className}.${member} needs ExcelApi 1.${minor}).`);
    }
  };

  const args = (info: ArgumentInfo | undefined): unknown[] => {
    const list = [...(info?.Arguments ?? [])];
    (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
      if (id !== 0) list[i] = resolve(id);
    });
    return list;
  };

  const asNode = (value: unknown, what: string): SimNode => {
    if (!(value instanceof SimNode)) throw new FakeOfficeError("InvalidObjectPath", `${what} is not an object.`);
    return value;
  };

  const resolve = (id: number): SimNode => {
    if (resolved.has(id)) return asNode(resolved.get(id), `Object path ${id}`);
    const info = body.ObjectPaths[String(id)];
    if (info === undefined) throw new FakeOfficeError("InvalidObjectPath", `Object path ${id} is missing from the request.`);
    let node: SimNode;
    const parent = (): SimNode => resolve(info.ParentObjectPathId ?? -1);
    switch (info.ObjectPathType) {
      case PathType.GlobalObject:
        node = root;
        break;
      case PathType.Property: {
        const p = parent();
        check(p, info.Name);
        node = p.property(info.Name);
        break;
      }
      case PathType.Method: {
        const p = parent();
        check(p, info.Name);
        node = asNode(p.method(info.Name, args(info.ArgumentInfo)), `${p.className}.${info.Name}`);
        break;
      }
      case PathType.Indexer:
        node = parent().indexer(args(info.ArgumentInfo));
        break;
      case PathType.ReferenceId:
        node = refs.get(info.Name);
        break;
      case PathType.NullObject:
        throw new FakeOfficeError("InvalidObjectPath", "The object is a null object.");
      default:
        throw new FakeOfficeError("InvalidObjectPath", `Object path type ${info.ObjectPathType} is not simulated.`);
    }
    resolved.set(id, node);
    return node;
  };

  const results: ActionResult[] = [];
  for (let index = 0; index < body.Actions.length; index++) {
    const action = body.Actions[index]!;
    try {
      const node = resolve(action.ObjectPathId);
      switch (action.ActionType) {
        case ActionType.Instantiate:
          if (node.isNull) results.push({ ActionId: action.Id, Value: null });
          else if (kept.has(node)) results.push({ ActionId: action.Id, Value: { _ReferenceId: refs.keep(node) } });
          break;
        case ActionType.Query:
          results.push({ ActionId: action.Id, Value: node.query(action.QueryInfo?.Select ?? []) });
          break;
        case ActionType.Method: {
          if (action.Name === "_KeepReference") {
            kept.add(node);
            break;
          }
          // Excel.run releases the objects it kept once the batch ends.
          if (action.Name === "_RemoveReference") break;
          check(node, action.Name);
          const value = node.method(action.Name, args(action.ArgumentInfo));
          if (value !== undefined && !(value instanceof SimNode)) results.push({ ActionId: action.Id, Value: value });
          break;
        }
        case ActionType.SetProperty:
          check(node, action.Name);
          node.setProperty(action.Name, args(action.ArgumentInfo)[0]);
          break;
        default:
          throw new FakeOfficeError("GeneralException", `Action type ${action.ActionType} is not simulated.`);
      }
    } catch (error) {
      const e = error instanceof FakeOfficeError ? error : new FakeOfficeError("GeneralException", String(error));
      return { Results: results, Error: { Code: e.code, Message: e.message, HttpStatusCode: 400, Location: "", ActionIndex: index } };
    }
  }
  return { Results: results };
}
