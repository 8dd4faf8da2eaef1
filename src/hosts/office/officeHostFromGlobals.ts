/** Builds the host from the page's Office and Excel globals (real or installed by installFakeOffice). */
import type { ExcelRun } from "./OfficeWorkbookHost";
import { OfficeWorkbookHost } from "./OfficeWorkbookHost";

export interface OfficeGlobals {
  readonly Excel: { readonly run: ExcelRun };
  readonly Office: {
    readonly context: {
      readonly requirements: { isSetSupported(name: string, version?: string): boolean };
      readonly document?: { readonly url?: string | null } | null;
    };
  };
}

export function officeHostFromGlobals(globals: OfficeGlobals): OfficeWorkbookHost {
  const { Excel: excel, Office: office } = globals;
  return new OfficeWorkbookHost({
    run: (options, batch) => excel.run(options, batch),
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    documentUrl: () => office.context.document?.url ?? null,
  });
}
