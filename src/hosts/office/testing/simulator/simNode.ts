/**
 * One object of the simulated workbook as Excel's request protocol sees it: an
 * object path resolves to a node (a property, a method, an indexer), and the
 * request's actions set its properties, call its methods and query it. Member
 * names are Excel's own (PascalCase), as office.js sends them.
 */
import { FakeOfficeError } from "../fakeWorkbook";

export type QueryResult = Record<string, unknown> | null;

export abstract class SimNode {
  abstract readonly className: string;

  /** A null object (…OrNullObject that found nothing): queries answer null. */
  get isNull(): boolean {
    return false;
  }

  /** ObjectPathType 4: a navigation property. */
  property(name: string): SimNode {
    throw notSimulated(this.className, name);
  }

  /** ObjectPathType 3 and ActionType 3: a method, returning an object or a plain value. */
  method(name: string, _args: readonly unknown[]): unknown {
    throw notSimulated(this.className, name);
  }

  /** ObjectPathType 5: collection[key]. */
  indexer(_args: readonly unknown[]): SimNode {
    throw notSimulated(this.className, "(indexer)");
  }

  /** ActionType 4. */
  setProperty(name: string, _value: unknown): void {
    throw notSimulated(this.className, name);
  }

  /** ActionType 2: the selected scalar properties, keyed as Excel answers them (PascalCase). */
  query(_select: readonly string[]): QueryResult {
    throw notSimulated(this.className, "load");
  }
}

function notSimulated(className: string, member: string): FakeOfficeError {
  return new FakeOfficeError("ApiNotFound", `The simulator does not implement ${className}.${member}.`);
}

/** "rowCount" → "RowCount": load() names are camelCase, answers PascalCase. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Answers a query from a table of readers, failing on a property the simulator does not serve. */
export function answer(className: string, select: readonly string[], readers: Readonly<Record<string, () => unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of select) {
    const key = pascal(name);
    const read = readers[key];
    if (read === undefined) throw notSimulated(className, key);
    out[key] = read();
  }
  return out;
}

export function stringArg(args: readonly unknown[], index: number, what: string): string {
  const v = args[index];
  if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", `${what} must be text.`);
  return v;
}
