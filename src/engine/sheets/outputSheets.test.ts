import { makeFinding, NOWHERE, type Finding } from "../findings";
import { buildMinutes } from "../minutes/buildMinutes";
import { defaultConferenceForm } from "../minutes/defaultConferenceForm";
import { sampleData, sampleResult } from "../testing/minutesFixtures";
import { outputSheets } from "./outputSheets";

const warning: Finding = makeFinding("NO_YEAR", "warning", NOWHERE, { text: null });

function names(findings: readonly Finding[]): string[] {
  const data = sampleData();
  const result = sampleResult({ findings });
  return outputSheets(result, data, buildMinutes(result, data, defaultConferenceForm(data, result))).map((p) => p.name);
}

describe("outputSheets", () => {
  it("plans the ranking, its detail and the minutes, and the findings only when there are some", () => {
    expect(names([])).toEqual(["Xếp hạng 2023", "Chi tiết điểm 2023", "Biên bản 2023"]);
    expect(names([warning])).toEqual(["Xếp hạng 2023", "Chi tiết điểm 2023", "Biên bản 2023", "Kiểm tra 2023"]);
  });
});
