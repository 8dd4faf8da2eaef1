import { makeFinding, NOWHERE, type Finding } from "../findings";
import { plainRow } from "../testing/plainRows";
import { buildMinutes } from "../minutes/buildMinutes";
import { defaultConferenceForm } from "../minutes/defaultConferenceForm";
import type { ClusterData } from "../model";
import { sampleData, sampleResult } from "../testing/minutesFixtures";
import { outputSheets } from "./outputSheets";

const warning: Finding = makeFinding("NO_YEAR", "warning", NOWHERE, { text: null });

/** The sample's reports without self-score and appraisal columns. */
function withoutScoreColumns(data: ClusterData): ClusterData {
  const blank = { kind: "blank" as const, cell: null };
  return {
    ...data,
    reports: data.reports.map((r) => ({ ...r, rows: Object.fromEntries(Object.entries(r.rows).map(([k, row]) => [k, { ...plainRow(row), selfScore: blank, clusterScore: blank }])) })),
  };
}

function names(findings: readonly Finding[], data = withoutScoreColumns(sampleData())): string[] {
  const result = sampleResult({ findings });
  return outputSheets(result, data, buildMinutes(result, data, defaultConferenceForm(data, result))).map((p) => p.name);
}

describe("outputSheets", () => {
  it("plans the ranking, its detail and the minutes, and the findings only when there are some", () => {
    expect(names([])).toEqual(["Xếp hạng 2023", "Chi tiết điểm 2023", "Biên bản 2023"]);
    expect(names([warning])).toEqual(["Xếp hạng 2023", "Chi tiết điểm 2023", "Biên bản 2023", "Kiểm tra 2023"]);
  });
  it("adds the score comparison after the ranking when any report has a self-score or appraisal column", () => {
    expect(names([], sampleData())).toEqual(["Xếp hạng 2023", "Chi tiết điểm 2023", "Đối chiếu điểm 2023", "Biên bản 2023"]);
  });
});
