import type { ClusterData, ClusterResult, ConferenceForm } from "../../engine";
import { draftFromForm, type DraftField, type FormDraft } from "./formDraft";

export type StepId = "check" | "import" | "rank" | "minutes";

/** Long-running work; one at a time, so buttons can say what is going on. */
export type Task = "analyse" | "import" | "writeRanking" | "writeMinutes" | "docx" | "save";

export type OutputKindWritten = "ranking" | "minutes";

/** A problem the user must see, already in Vietnamese. */
export interface PaneError {
  readonly title: string;
  readonly message: string;
}

export interface Analysis {
  readonly data: ClusterData;
  readonly result: ClusterResult;
}

export type FileOutcome =
  | { readonly file: string; readonly status: "imported"; readonly sheets: readonly string[] }
  | { readonly file: string; readonly status: "failed"; readonly message: string };

export interface ImportProgress {
  readonly total: number;
  /** Files read so far (the progress bar); outcomes arrive once the sheets are written. */
  readonly read: number;
  readonly files: readonly FileOutcome[];
}

/** Where a finding sits, shown in standalone mode (no Excel to jump to). */
export interface ShownLocation {
  readonly file: string | null;
  readonly sheet: string;
  readonly cell: string | null;
}

export interface PaneState {
  readonly step: StepId;
  /** The year typed by the user when the workbook has none (ReadOptions.year). */
  readonly yearText: string;
  readonly analysis: Analysis | null;
  readonly busy: Task | null;
  readonly imports: ImportProgress | null;
  readonly draft: FormDraft | null;
  /** Once the user edits the form, a new analysis no longer overwrites it. */
  readonly draftEdited: boolean;
  readonly written: Readonly<Partial<Record<OutputKindWritten, readonly string[]>>>;
  readonly shown: ShownLocation | null;
  readonly error: PaneError | null;
}

export type PaneAction =
  | { readonly type: "stepSelected"; readonly step: StepId }
  | { readonly type: "yearEdited"; readonly text: string }
  | { readonly type: "taskStarted"; readonly task: Task }
  | { readonly type: "taskFinished" }
  | { readonly type: "taskFailed"; readonly error: PaneError }
  | { readonly type: "analysed"; readonly analysis: Analysis; readonly form: ConferenceForm }
  | { readonly type: "importStarted"; readonly total: number }
  | { readonly type: "fileRead" }
  | { readonly type: "fileImported"; readonly outcome: FileOutcome }
  | { readonly type: "draftEdited"; readonly field: DraftField; readonly value: string }
  | { readonly type: "sheetsWritten"; readonly output: OutputKindWritten; readonly sheets: readonly string[] }
  | { readonly type: "findingShown"; readonly location: ShownLocation }
  | { readonly type: "errorDismissed" };

export const initialState: PaneState = {
  step: "check",
  yearText: "",
  analysis: null,
  busy: null,
  imports: null,
  draft: null,
  draftEdited: false,
  written: {},
  shown: null,
  error: null,
};

export function reducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "stepSelected":
      return { ...state, step: action.step };
    case "yearEdited":
      return { ...state, yearText: action.text };
    case "taskStarted":
      return { ...state, busy: action.task, error: null };
    case "taskFinished":
      return { ...state, busy: null };
    case "taskFailed":
      return { ...state, busy: null, error: action.error };
    case "analysed":
      return {
        ...state,
        analysis: action.analysis,
        draft: state.draftEdited && state.draft ? state.draft : draftFromForm(action.form),
        shown: null,
      };
    case "importStarted":
      return { ...state, imports: { total: action.total, read: 0, files: [] } };
    case "fileRead":
      if (!state.imports) return state;
      return { ...state, imports: { ...state.imports, read: Math.min(state.imports.read + 1, state.imports.total) } };
    case "fileImported":
      if (!state.imports) return state;
      return { ...state, imports: { ...state.imports, files: [...state.imports.files, action.outcome] } };
    case "draftEdited":
      if (!state.draft) return state;
      return { ...state, draft: { ...state.draft, [action.field]: action.value }, draftEdited: true };
    case "sheetsWritten":
      return { ...state, written: { ...state.written, [action.output]: action.sheets } };
    case "findingShown":
      return { ...state, shown: action.location };
    case "errorDismissed":
      return { ...state, error: null };
    default:
      return assertNever(action);
  }
}

function assertNever(action: never): never {
  throw new Error(`Unhandled pane action: ${JSON.stringify(action)}`);
}
