/** The text parsers of real tables: codes as segments, bands, grade shares, caps, Có/Không options, classes. */
import fc from "fast-check";
import { codeSegments, readCode } from "./indicatorCode";
import { walkCodes } from "./codeWalk";
import { readBand, readBandList, sortBands } from "./bandText";
import { readGradeShares } from "./gradeShareText";
import { capInText, readNoteCap } from "./capText";
import { readOptionRow } from "./optionText";
import { readClasses } from "./classText";

describe("codes as segments (docs/so-lieu.md §2)", () => {
  it.each([
    ["a4.1.1", ["a", "4", "1", "1"]],
    ["C1.2", ["c", "1", "2"]],
    ["1a", ["1", "a"]],
    ["a.7.1", ["a", "7", "1"]],
    ["a7.1", ["a", "7", "1"]],
    ["b.1.1", ["b", "1", "1"]],
    ["3.3.2.1", ["3", "3", "2", "1"]],
    ["đ", ["d"]],
  ])("reads %s as its segments", (code, segments) => {
    expect(codeSegments(code)).toEqual(segments);
  });

  it("reads codes with a trailing dot or bracket, and tells groups, codes and other texts apart", () => {
    expect(readCode("b.")).toMatchObject({ code: "b", kind: "code", segments: ["b"] });
    expect(readCode("b1.")).toMatchObject({ code: "b1", kind: "code" });
    expect(readCode("2.3.1.")).toMatchObject({ code: "2.3.1", kind: "code" });
    expect(readCode("1.a")).toMatchObject({ code: "1a", kind: "code", segments: ["1", "a"] });
    expect(readCode("IV")).toMatchObject({ kind: "roman" });
    // Roman codes are upper case only: a lower-case i is a letter (decided reading).
    expect(readCode("i")).toMatchObject({ kind: "code", segments: ["i"] });
    expect(readCode("C")).toMatchObject({ kind: "code", segments: ["c"] });
    expect(readCode("- Có báo cáo")).toMatchObject({ kind: "other" });
  });

  it("round-trips: a code written from segments, with or without dots between letter and digit, reads back as them", () => {
    const segment = fc.oneof(fc.integer({ min: 0, max: 999 }).map(String), fc.constantFrom("a", "b", "c", "d"));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), (segs, dots) => {
        // Two digit runs in a row need a dot between them; two letter runs too.
        const code = segs.reduce((acc, s, i) => (i === 0 ? s : acc + (dots || /\d$/.test(acc) === /^\d/.test(s) ? "." : "") + s), "");
        const merged: string[] = [];
        for (const s of segs) merged.push(s);
        expect(codeSegments(code)).toEqual(merged);
        expect(codeSegments(code.toUpperCase())).toEqual(merged);
      }),
    );
  });
});

describe("the code walk (lone letters)", () => {
  const walk = (codes: readonly (string | null)[], groups: readonly number[] = []) =>
    {
      const cells = codes.map((c) => (c === null ? null : readCode(c)));
      const walked = walkCodes({ length: cells.length, code: (i) => cells[i] ?? null, isGroup: (i) => groups.includes(i) });
      return cells.map((c, i) => {
        const w = walked.get(i);
        return w ? `${w.code}${w.letterHeading ? "^" : ""}` : (c?.code ?? null);
      });
    };

  it("keeps a lone letter that rows below use as their first segment as their heading", () => {
    expect(walk(["a", "a1", "a1.1", "b.", "b.1.1", "C", "C1.2"])).toEqual(["a^", "a1", "a1.1", "b^", "b.1.1", "C^", "C1.2"]);
  });

  it("makes a lone lower-case letter no row uses a sub-item of the nearest all-digit row above", () => {
    expect(walk(["3", "a", "b", "3.3.2.1", "a", "d"])).toEqual(["3", "3a", "3b", "3.3.2.1", "3.3.2.1a", "3.3.2.1d"]);
  });

  it("keeps a lone upper-case letter no row uses as an indicator of its own", () => {
    expect(walk(["3", "C", "D"])).toEqual(["3", "C", "D"]);
  });

  it("ends the rows that use a lone letter at the next row with the same letter, and at a group row", () => {
    // The second "a" has no a-rows below it before the group row: it is a sub-item of 2.
    expect(walk(["a", "a1", "2", "a", null, "a1"], [4])).toEqual(["a^", "a1", "2", "2a", null, "a1"]);
  });

  it("does not make a letter a sub-item across a lone-letter heading", () => {
    expect(walk(["1", "b", "b1", "c"])).toEqual(["1", "b^", "b1", "c"]);
  });
});

describe("bands (docs/cham-diem.md, tiers)", () => {
  it("reads the worked example and keeps bands ordered by threshold", () => {
    const read = readBandList("≥ 98%: 5; ≥ 97%: 4; ≥ 96%: 3");
    expect(read).toEqual({ ok: true, bands: [
      { threshold: 96, strict: false, points: 3, text: "≥ 96%: 3" },
      { threshold: 97, strict: false, points: 4, text: "≥ 97%: 4" },
      { threshold: 98, strict: false, points: 5, text: "≥ 98%: 5" },
    ] });
  });

  it.each([
    ["- Từ 98% trở lên: 5 điểm", 98, false, 5],
    ["- Từ 97% đến dưới 98%: 4 điểm", 97, false, 4],
    ["từ 96,5: 3", 96.5, false, 3],
    [">= 90: 2", 90, false, 2],
    ["> 92%: 1,5", 92, true, 1.5],
    ["trên 92%: 1", 92, true, 1],
    ["95: 2", 95, false, 2],
    ["+ ≥ 80%: 0.5", 80, false, 0.5],
  ])("reads %s", (text, threshold, strict, points) => {
    expect(readBand(text, false)).toMatchObject({ threshold, strict, points });
  });

  it.each(["- Dưới 96%: 0 điểm", "còn lại: 0", "khác: 1", ": 0"])("reads %s as the floor band", (text) => {
    expect(readBand(text, false)).toMatchObject({ threshold: null });
  });

  it("ranks a > X band above a ≥ X band at the same X, with the floor first", () => {
    const bands = sortBands([readBand("> 90: 3", false), readBand("≥ 90: 2", false), readBand("còn lại: 0", false)].flatMap((b) => (b ? [b] : [])));
    expect(bands.map((b) => [b.threshold, b.strict])).toEqual([[null, false], [90, false], [90, true]]);
  });

  it("takes a text without a number as the floor in a Mức điểm cell, but not one that starts with an operator", () => {
    expect(readBandList("≥ 98%: 5; các trường hợp còn lại: 0")).toMatchObject({ ok: true });
    expect(readBandList("≥ 98%: 5; Không đạt: 0")).toMatchObject({ ok: true });
    expect(readBandList("≥ 98%: 5; từ cao: 3")).toEqual({ ok: false, bad: "từ cao: 3" });
    expect(readBandList("đạt yêu cầu")).toEqual({ ok: false, bad: "đạt yêu cầu" });
  });

  it("does not read a note with a figure in it as a band", () => {
    expect(readBand("- Căn cứ chấm điểm: văn bản của UBND cấp huyện", false)).toBeNull();
    expect(readBand("Không đạt: 0", false)).toBeNull();
  });

  it("bands are monotone: whatever the order written, thresholds never decrease along the list", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 120 }), strict: fc.boolean(), p: fc.integer({ min: 0, max: 10 }) }), { minLength: 1, maxLength: 6 }), (raw) => {
        const text = raw.map((b) => `${b.strict ? ">" : "≥"} ${b.x}%: ${b.p}`).join("; ");
        const read = readBandList(text);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        for (let i = 1; i < read.bands.length; i++) {
          const a = read.bands[i - 1];
          const b = read.bands[i];
          if (!a || !b || a.threshold === null || b.threshold === null) continue;
          expect(a.threshold < b.threshold || (a.threshold === b.threshold && (!a.strict || b.strict))).toBe(true);
        }
      }),
    );
  });
});

describe("grade shares from the pledge", () => {
  it("reads shares with % and points without", () => {
    expect(readGradeShares("HTXS: 100%; HTT: 80%; HT: 60%; KHT: 0")).toEqual([
      { level: "excellent", value: 100, percent: true },
      { level: "good", value: 80, percent: true },
      { level: "fair", value: 60, percent: true },
      { level: "fail", value: 0, percent: false },
    ]);
    expect(readGradeShares("Xuất sắc: 10; Tốt: 8; Khá: 6")).toEqual([
      { level: "excellent", value: 10, percent: false },
      { level: "good", value: 8, percent: false },
      { level: "fair", value: 6, percent: false },
    ]);
  });

  it("is not grade shares when a label is not a grade word (then the text may be bands)", () => {
    expect(readGradeShares("≥ 98%: 5; ≥ 97%: 4")).toBeNull();
  });
});

describe("caps in rule texts", () => {
  it.each([
    ["mỗi trường hợp trừ 0,5 điểm, điểm trừ tối đa là 1 điểm", 1],
    ["trừ 0,25 điểm/01 trường hợp, không quá 1,5 điểm", 1.5],
    ["cứ 1 xã bị điểm trừ (0,2 điểm) nhưng tối đa không quá 1 điểm", 1],
    ["tối đa 0,5 điểm; không quá 2 điểm", 0.5],
  ])("reads the cap of %s", (text, cap) => {
    expect(capInText(text)).toBe(cap);
  });

  it("reads a Ghi chú cap with the item it names, or none", () => {
    expect(readNoteCap("Ghi chú: Tổng điểm trừ của mục a1 không quá 1,5 điểm")).toEqual({ kind: "penalty", cap: 1.5, code: "a1" });
    expect(readNoteCap("Ghi chú: tổng điểm cộng không quá 2 điểm")).toEqual({ kind: "bonus", cap: 2, code: null });
    expect(readNoteCap("Ghi chú: Tổng điểm trừ của mục a4 không quá 2 điểm (không liên quan đến điểm cộng).")).toEqual({ kind: "penalty", cap: 2, code: "a4" });
    expect(readNoteCap("* Điểm trừ, cộng tối đa đối với d2 không quá 7 điểm")).toBeNull();
  });
});

describe("Có/Không options", () => {
  it("takes the points from the text, else from the Chuẩn cell", () => {
    expect(readOptionRow("- Có: 3 điểm", null)).toEqual({ yes: true, points: 3 });
    expect(readOptionRow("- Có báo cáo (cứ thiếu tài liệu bị trừ 0,1 điểm nhưng tối đa không quá 0,5 điểm)", 2)).toEqual({ yes: true, points: 2 });
    expect(readOptionRow("- Không: 0 điểm", null)).toEqual({ yes: false, points: 0 });
    expect(readOptionRow("'Có báo cáo kết quả", 3)).toEqual({ yes: true, points: 3 });
    expect(readOptionRow("- Căn cứ chấm điểm: văn bản", 2)).toBeNull();
  });
});

describe("classification thresholds", () => {
  it("reads classes highest first, the last without a threshold", () => {
    expect(readClasses("Hoàn thành xuất sắc: 95%; Hoàn thành tốt: 80%; Hoàn thành: 50%; Không hoàn thành")).toEqual({ ok: true, classes: [
      { name: "Hoàn thành xuất sắc", minPercent: 95 },
      { name: "Hoàn thành tốt", minPercent: 80 },
      { name: "Hoàn thành", minPercent: 50 },
      { name: "Không hoàn thành", minPercent: null },
    ] });
    expect(readClasses("Tốt: nhiều")).toEqual({ ok: false, bad: "Tốt: nhiều" });
  });
});
