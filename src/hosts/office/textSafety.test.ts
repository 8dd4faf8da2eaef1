import { needsTextFormat } from "./textSafety";

describe("needsTextFormat", () => {
  it.each(["=SUM(A1)", "+84 912", "-", "-3,32", "@user", "'007", "0912345678", "2.735,764", "100,05%", "12/02/2025", "8:30", "TRUE", "#N/A", "(12)"])(
    "protects %s, which Excel would not keep as typed",
    (text) => {
      expect(needsTextFormat(text)).toBe(true);
    },
  );

  it.each(["Huyện Đak Đoa", "Thu ngân sách nhà nước", "Đạt", "Tỷ lệ hộ nghèo (%)", "", "Cụm thi đua số 2"])("leaves %s in the General format", (text) => {
    expect(needsTextFormat(text)).toBe(false);
  });
});
