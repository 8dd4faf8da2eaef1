import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useRef } from "react";
import type { Finding } from "../../../engine";
import type { PaneState } from "../../state/reducer";
import { BusyButton } from "../../ui/BusyButton";
import { ClusterSummary } from "./ClusterSummary";
import { YearField } from "./YearField";

// The list, and the findings catalogue that words it, load with the first findings: the first screen needs neither.
const FindingGroups = lazy(async () => ({ default: (await import(/* webpackChunkName: "findings-list" */ "./FindingGroups")).FindingGroups }));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, ":focus": { outline: "none" } },
});

export interface CheckStepProps {
  readonly mode: "office" | "file";
  readonly state: PaneState;
  readonly onAnalyse: () => void;
  readonly onYearChange: (text: string) => void;
  readonly onSelectFinding: (finding: Finding) => void;
}

export function CheckStep({ mode, state, onAnalyse, onYearChange, onSelectFinding }: CheckStepProps) {
  const styles = useStyles();
  const { analysis, busy } = state;
  // A file that could not be imported is an error of this step too: "Không có lỗi" must not hide it.
  const findings = [...state.fileFindings, ...(analysis?.result.findings ?? [])];
  const results = useRef<HTMLDivElement>(null);
  const firstAnalysis = useRef(analysis);
  useEffect(() => {
    // After opening files or checking again, the first result takes the focus (a screen reader reads it next);
    // not when the step is shown again on an analysis the clerk has already seen.
    if (analysis !== null && analysis !== firstAnalysis.current) results.current?.focus();
    firstAnalysis.current = null;
  }, [analysis]);
  const errors = findings.filter((f) => f.severity === "error").length;
  const noYear = analysis !== null && analysis.data.info.year === null;
  // A cluster workbook before consolidation holds the pledge only: that is not "no error" yet.
  const noReports = analysis !== null && analysis.data.pledge !== null && analysis.data.reports.length === 0;
  return (
    <section className={styles.root} aria-label="Kiểm tra">
      <Text>
        Đọc sổ, đối chiếu báo cáo của từng đơn vị với giao ước và liệt kê chỗ cần sửa.{" "}
        {mode === "office" ? "Bấm vào một dòng để đến ô đó." : "Bấm vào một dòng để xem vị trí của ô."}
      </Text>
      <div className={styles.actions}>
        <BusyButton appearance="primary" icon={<ArrowSync20Regular />} busy={busy === "analyse"} disabled={busy !== null} onClick={onAnalyse}>
          {analysis ? "Kiểm tra lại" : "Kiểm tra sổ"}
        </BusyButton>
      </div>
      {(noYear || state.yearText !== "") && <YearField value={state.yearText} onChange={onYearChange} />}
      {!analysis && busy === "analyse" && <Spinner size="small" label="Đang đọc sổ…" />}
      {analysis && (
        <div ref={results} tabIndex={-1} className={styles.results} aria-label="Kết quả kiểm tra">
          <ClusterSummary analysis={analysis} findings={findings} />
          {noReports && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Chưa có báo cáo của đơn vị nào</MessageBarTitle>
                Sổ này mới có giao ước. Hãy sang bước “Tổng hợp” để nhập tệp báo cáo của các đơn vị, rồi kiểm tra lại.
              </MessageBarBody>
            </MessageBar>
          )}
          <div role="status">
            {errors === 0 && !noReports && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Không có lỗi</MessageBarTitle>
                  {findings.length === 0
                    ? "Số liệu đủ để chấm điểm."
                    : `Số liệu đủ để chấm điểm; có ${findings.length} cảnh báo nên xem lại.`}
                </MessageBarBody>
              </MessageBar>
            )}
          </div>
          {findings.length > 0 && (
            <Suspense fallback={<Spinner size="small" label="Đang tải danh sách lỗi…" />}>
              <FindingGroups
                findings={findings}
                members={analysis.data.reports.map((r) => r.member)}
                shown={state.shown}
                onSelect={onSelectFinding}
              />
            </Suspense>
          )}
        </div>
      )}
    </section>
  );
}
