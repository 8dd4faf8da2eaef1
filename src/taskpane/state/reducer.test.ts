import { clusterData, clusterResult, MANG_YANG } from "../testing/fixtures";
import type { ConferenceForm } from "../../engine";
import { initialState, reducer, type PaneState } from "./reducer";

const form: ConferenceForm = {
  date: { year: 2025, month: 2, day: 12 },
  startTime: null,
  locality: "An Khê",
  place: null,
  chair: null,
  secretary: null,
  attendees: null,
  votesFor: null,
  votesTotal: null,
  nextHead: MANG_YANG,
  nextDeputy: null,
  keyIndicator: null,
  nextPledgeCount: null,
};

const analysis = { data: clusterData(), result: clusterResult() };

describe("pane reducer", () => {
  it("starts on the Kiểm tra step with nothing read", () => {
    expect(initialState.step).toBe("check");
    expect(initialState.analysis).toBeNull();
    expect(initialState.busy).toBeNull();
  });

  it("clears the last error when a new task starts", () => {
    const failed = reducer(initialState, { type: "taskFailed", error: { title: "Excel đang bận", message: "Hãy nhấn Enter." } });
    expect(failed.error?.title).toBe("Excel đang bận");
    const started = reducer(failed, { type: "taskStarted", task: "analyse" });
    expect(started.error).toBeNull();
    expect(started.busy).toBe("analyse");
  });

  it("ends the task when it fails", () => {
    const started = reducer(initialState, { type: "taskStarted", task: "writeRanking" });
    const failed = reducer(started, { type: "taskFailed", error: { title: "Lỗi", message: "Không ghi được." } });
    expect(failed.busy).toBeNull();
  });

  it("prefills the minutes form from the first analysis", () => {
    const state = reducer(initialState, { type: "analysed", analysis, form });
    expect(state.draft?.date).toBe("12/02/2025");
    expect(state.draft?.nextHead).toBe(MANG_YANG);
    expect(state.draft?.locality).toBe("An Khê");
  });

  it("keeps the clerk's edits when the workbook is read again", () => {
    let state: PaneState = reducer(initialState, { type: "analysed", analysis, form });
    state = reducer(state, { type: "draftEdited", field: "chair", value: "Trần Thị B" });
    state = reducer(state, { type: "analysed", analysis, form: { ...form, chair: "Nguyễn Văn A" } });
    expect(state.draft?.chair).toBe("Trần Thị B");
    expect(state.draft?.nextHead).toBe(MANG_YANG);
  });

  it("ignores edits before there is a form", () => {
    expect(reducer(initialState, { type: "draftEdited", field: "chair", value: "X" }).draft).toBeNull();
  });

  it("counts files read for the progress bar and lists each file's outcome", () => {
    let state = reducer(initialState, { type: "importStarted", total: 2 });
    state = reducer(state, { type: "fileRead" });
    state = reducer(state, { type: "fileImported", outcome: { file: "kbang.xlsx", status: "failed", message: "Tệp hỏng." } });
    state = reducer(state, { type: "fileRead" });
    state = reducer(state, { type: "fileRead" });
    expect(state.imports?.read).toBe(2);
    expect(state.imports?.files).toEqual([{ file: "kbang.xlsx", status: "failed", message: "Tệp hỏng." }]);
  });

  it("starts a new import list each time files are picked", () => {
    let state = reducer(initialState, { type: "importStarted", total: 1 });
    state = reducer(state, { type: "fileImported", outcome: { file: "a.xlsx", status: "imported", sheets: ["TH A"] } });
    state = reducer(state, { type: "importStarted", total: 3 });
    expect(state.imports).toEqual({ total: 3, read: 0, files: [] });
  });

  it("remembers the sheets written per output", () => {
    const state = reducer(initialState, { type: "sheetsWritten", output: "ranking", sheets: ["Xếp hạng 2024", "Kiểm tra 2024"] });
    expect(state.written.ranking).toEqual(["Xếp hạng 2024", "Kiểm tra 2024"]);
    expect(state.written.minutes).toBeUndefined();
  });

  it("forgets the shown location when the workbook is read again", () => {
    let state = reducer(initialState, { type: "findingShown", location: { file: "kbang.xlsx", sheet: "Báo cáo", cell: "E12" } });
    expect(state.shown?.cell).toBe("E12");
    state = reducer(state, { type: "analysed", analysis, form });
    expect(state.shown).toBeNull();
  });

  it("switches steps and keeps the year typed", () => {
    let state = reducer(initialState, { type: "yearEdited", text: "2024" });
    state = reducer(state, { type: "stepSelected", step: "minutes" });
    expect(state.step).toBe("minutes");
    expect(state.yearText).toBe("2024");
  });
});
