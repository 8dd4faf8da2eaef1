import { type ClusterData, type ClusterResult, type ConferenceForm, type Finding, makeFinding, NOWHERE } from "../../engine";
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

/** A sheet written by an import, and the member file's sheet it copies (cell for cell). */
export interface ImportedSheet {
  readonly sheet: string;
  readonly sourceSheet: string;
}

export type FileOutcome =
  | { readonly file: string; readonly status: "imported"; readonly sheets: readonly string[]; readonly sources?: readonly ImportedSheet[] }
  /** `superseded`: another file of the same member was used instead, which is not a problem with this file. */
  | { readonly file: string; readonly status: "failed"; readonly message: string; readonly superseded?: boolean };

/** Where an imported sheet came from: the member's own file and sheet. */
export interface SheetSource {
  readonly file: string;
  readonly sheet: string;
}

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
  /** The member file and sheet the clerk must correct, when the finding is on an imported sheet. */
  readonly source?: SheetSource | null;
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
  /** Something was imported, written or typed since the workbook was opened or last downloaded. */
  readonly unsaved: boolean;
  /** Files that could not be imported, as findings of step 1 (FILE_UNREADABLE). */
  readonly fileFindings: readonly Finding[];
  /** Imported sheet name → the member file and sheet it copies. */
  readonly sources: Readonly<Record<string, SheetSource>>;
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
  | { readonly type: "saved" }
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
  unsaved: false,
  fileFindings: [],
  sources: {},
};

/** A member file that could not be imported, as a finding of step 1: a bad file among good ones is not a success. */
function fileFinding(outcome: Extract<FileOutcome, { status: "failed" }>): Finding {
  return makeFinding("FILE_NOT_IMPORTED", outcome.superseded ? "warning" : "error", { ...NOWHERE, file: outcome.file }, { reason: outcome.message });
}

function withOutcome(state: PaneState, outcome: FileOutcome): PaneState {
  const others = state.fileFindings.filter((f) => f.where.file !== outcome.file);
  if (outcome.status === "failed") return { ...state, fileFindings: [...others, fileFinding(outcome)] };
  const sources = { ...state.sources };
  for (const s of outcome.sources ?? []) sources[s.sheet] = { file: outcome.file, sheet: s.sourceSheet };
  return { ...state, fileFindings: others, sources, unsaved: true };
}

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
    case "fileImported": {
      const next = withOutcome(state, action.outcome);
      if (!state.imports) return next;
      return { ...next, imports: { ...state.imports, files: [...state.imports.files, action.outcome] } };
    }
    case "draftEdited":
      if (!state.draft) return state;
      return { ...state, draft: { ...state.draft, [action.field]: action.value }, draftEdited: true, unsaved: true };
    case "sheetsWritten":
      return { ...state, written: { ...state.written, [action.output]: action.sheets }, unsaved: true };
    case "saved":
      return { ...state, unsaved: false };
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
