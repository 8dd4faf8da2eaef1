import { draftFromForm, formFromDraft, normalizeTime, parseDate, type FormDraft } from "./formDraft";

const blank: FormDraft = {
  date: "",
  startTime: "",
  locality: "",
  place: "",
  chair: "",
  secretary: "",
  attendees: "",
  votesFor: "",
  votesTotal: "",
  nextHead: "",
  nextDeputy: "",
  keyIndicator: "",
  nextPledgeCount: "",
};

describe("conference form draft", () => {
  it("leaves every empty field blank so the minutes print …", () => {
    const result = formFromDraft(blank);
    expect(result).toEqual({
      ok: true,
      form: {
        date: null,
        startTime: null,
        locality: null,
        place: null,
        chair: null,
        secretary: null,
        attendees: null,
        votesFor: null,
        votesTotal: null,
        nextHead: null,
        nextDeputy: null,
        keyIndicator: null,
        nextPledgeCount: null,
      },
    });
  });

  it("reads a dd/mm/yyyy date and writes it back with leading zeros", () => {
    expect(parseDate("12/2/2025")).toEqual({ year: 2025, month: 2, day: 12 });
    const draft = draftFromForm({ ...formFromDraftOk({ ...blank, date: "5/2/2025" }) });
    expect(draft.date).toBe("05/02/2025");
  });

  it("refuses a day that does not exist, quoting it", () => {
    const result = formFromDraft({ ...blank, date: "30/02/2025" });
    expect(result.ok ? null : result.errors.date).toBe('"30/02/2025" không phải là ngày hợp lệ; hãy nhập theo dạng dd/mm/yyyy, ví dụ 12/02/2025.');
  });

  it("writes the start time the way the minutes do", () => {
    expect(normalizeTime("8:00")).toBe("8 giờ 00");
    expect(normalizeTime("7h30")).toBe("7 giờ 30");
    expect(normalizeTime("14 giờ")).toBe("14 giờ 00");
    expect(normalizeTime("sáng sớm")).toBe("sáng sớm");
  });

  it("refuses more votes for than votes cast", () => {
    const result = formFromDraft({ ...blank, votesFor: "12", votesTotal: "10" });
    expect(result.ok ? null : result.errors.votesFor).toBe("Số phiếu đồng ý (12) lớn hơn tổng số phiếu (10).");
  });

  it("refuses a vote count that is not a whole number", () => {
    const result = formFromDraft({ ...blank, votesTotal: "mười" });
    expect(result.ok ? null : result.errors.votesTotal).toBe('"mười" không phải là số phiếu; hãy nhập số nguyên, ví dụ 10.');
  });

  it("keeps the names and numbers typed", () => {
    const form = formFromDraftOk({ ...blank, nextHead: " huyện Đak Đoa ", votesFor: "9", votesTotal: "10", nextPledgeCount: "28", keyIndicator: "2" });
    expect(form.nextHead).toBe("huyện Đak Đoa");
    expect(form.votesFor).toBe(9);
    expect(form.votesTotal).toBe(10);
    expect(form.nextPledgeCount).toBe(28);
    expect(form.keyIndicator).toBe("2");
  });
});

function formFromDraftOk(draft: FormDraft) {
  const result = formFromDraft(draft);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.form;
}
