import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { Suspense, useReducer } from "react";
import { useAnalysis } from "../hooks/useAnalysis";
import { useFindingNavigation } from "../hooks/useFindingNavigation";
import { useImport } from "../hooks/useImport";
import { useMinutesActions } from "../hooks/useMinutesActions";
import { useRankingWrite } from "../hooks/useRankingWrite";
import { useSaveWorkbook } from "../hooks/useSaveWorkbook";
import { useStartup } from "../hooks/useStartup";
import type { Session } from "../session";
import { initialState, reducer } from "../state/reducer";
import { CheckStep } from "../steps/check/CheckStep";
import { ErrorBar } from "./ErrorBar";
import { ImportStep, MinutesStep, RankStep } from "./lazySteps";
import { PaneHeader } from "./PaneHeader";
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

/** The four steps on one workbook, whichever host holds it. */
export function Pane({ session }: { readonly session: Session }) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reducer, initialState);
  const { host } = session;
  const fileWorkbook = session.kind === "file" ? session.host : null;
  const { analyse, refresh } = useAnalysis(host, state.yearText, dispatch);
  const importFiles = useImport(host, dispatch, analyse);
  const writeRanking = useRankingWrite(host, dispatch, refresh);
  const minutes = useMinutesActions(host, state.analysis, state.draft, dispatch);
  const showFinding = useFindingNavigation(host, dispatch);
  const save = useSaveWorkbook(fileWorkbook, dispatch);
  useStartup(session.kind === "file" ? session.pendingFiles : NO_FILES, importFiles, analyse);

  return (
    <main className={styles.root}>
      <PaneHeader
        mode={session.kind}
        fileName={fileWorkbook?.fileName ?? null}
        onSave={fileWorkbook ? () => void save() : null}
        disabled={state.busy !== null}
      />
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
        {state.step === "rank" && <RankStep state={state} onAnalyse={() => void analyse()} onWrite={(options) => void writeRanking(options)} />}
        {state.step === "minutes" && (
          <MinutesStep
            state={state}
            errors={minutes.errors}
            ready={minutes.ready}
            onEdit={(field, value) => dispatch({ type: "draftEdited", field, value })}
            onWrite={() => void minutes.writeMinutes()}
            onDownload={() => void minutes.downloadDocx()}
          />
        )}
      </Suspense>
    </main>
  );
}
