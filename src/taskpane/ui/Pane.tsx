import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { Suspense, useReducer, useState } from "react";
import { useAnalysis } from "../hooks/useAnalysis";
import { useFindingNavigation } from "../hooks/useFindingNavigation";
import { useImport } from "../hooks/useImport";
import { useMinutesActions } from "../hooks/useMinutesActions";
import { useRankingWrite } from "../hooks/useRankingWrite";
import { useSaveWorkbook } from "../hooks/useSaveWorkbook";
import { useBeforeUnload } from "../hooks/useBeforeUnload";
import { useStartup } from "../hooks/useStartup";
import { downloadContents } from "../state/downloadContents";
import type { Session } from "../session";
import { initialState, reducer } from "../state/reducer";
import { CheckStep } from "../steps/check/CheckStep";
import { ErrorBar } from "./ErrorBar";
import { ImportStep, MinutesStep, RankStep, ReportFormsAction } from "./lazySteps";
import { PaneHeader } from "./PaneHeader";
import { ReopenBar } from "./ReopenBar";
import { StepTabs } from "./StepTabs";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
});

const NO_FILES: readonly never[] = [];
const NO_REPORTS: readonly never[] = [];

/** The four steps on one workbook, whichever host holds it. */
export interface PaneProps {
  readonly session: Session;
  /** Standalone: back to the start screen to open another workbook, without reloading the page. */
  readonly onReopen?: (() => void) | null;
}

export function Pane({ session, onReopen = null }: PaneProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reducer, initialState);
  const { host } = session;
  const fileWorkbook = session.kind === "file" ? session.host : null;
  const { analyse, refresh } = useAnalysis(host, state.yearText, dispatch);
  const importFiles = useImport(host, dispatch, analyse);
  const [nextPledge, setNextPledge] = useState(false);
  const [askingToReopen, setAskingToReopen] = useState(false);
  const minutes = useMinutesActions(host, state.analysis, state.draft, dispatch, nextPledge);
  const writeRanking = useRankingWrite(host, dispatch, refresh, minutes.form);
  const showFinding = useFindingNavigation(host, dispatch, state.sources, state.analysis?.data.reports ?? NO_REPORTS);
  const save = useSaveWorkbook(fileWorkbook, dispatch, refresh, minutes.form);
  // Leaving the page loses what is only in this browser tab: the workbook in standalone mode, the form in both.
  useBeforeUnload(state.unsaved && (session.kind === "file" || state.draftEdited));
  useStartup(session.kind === "file" ? session.pendingFiles : NO_FILES, importFiles, analyse);

  return (
    <main className={styles.root}>
      <PaneHeader
        mode={session.kind}
        fileName={fileWorkbook?.fileName ?? null}
        onSave={fileWorkbook ? () => void save() : null}
        saveContents={fileWorkbook ? downloadContents(state, minutes.form !== null) : null}
        onReopen={onReopen && (() => (state.unsaved ? setAskingToReopen(true) : onReopen()))}
        disabled={state.busy !== null}
      />
      {askingToReopen && onReopen && <ReopenBar onConfirm={onReopen} onCancel={() => setAskingToReopen(false)} />}
      <StepTabs step={state.step} onSelect={(step) => dispatch({ type: "stepSelected", step })} />
      {state.error && <ErrorBar error={state.error} onDismiss={() => dispatch({ type: "errorDismissed" })} />}
      {state.step === "check" && (
        <CheckStep
          mode={session.kind}
          state={state}
          onAnalyse={() => void analyse()}
          onYearChange={(text) => dispatch({ type: "yearEdited", text })}
          onSelectFinding={(finding) => void showFinding(finding)}
        />
      )}
      <Suspense fallback={<Spinner size="small" label="Đang tải…" />}>
        {state.step === "import" && <ImportStep state={state} onFiles={(files) => void importFiles(files)} />}
        {state.step === "import" && <ReportFormsAction host={host} mode={session.kind} analysis={state.analysis} disabled={state.busy !== null} />}
        {state.step === "rank" && <RankStep state={state} onAnalyse={() => void analyse()} onWrite={(options) => void writeRanking(options)} />}
        {state.step === "minutes" && (
          <MinutesStep
            state={state}
            errors={minutes.errors}
            ready={minutes.ready}
            onEdit={(field, value) => dispatch({ type: "draftEdited", field, value })}
            onWrite={() => void minutes.writeMinutes()}
            onDownload={() => void minutes.downloadDocx()}
            nextPledge={nextPledge}
            onNextPledge={setNextPledge}
          />
        )}
      </Suspense>
    </main>
  );
}
