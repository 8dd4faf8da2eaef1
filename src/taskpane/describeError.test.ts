import { describeError } from "./describeError";

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe("describeError", () => {
  it("shows only the Vietnamese of a host's two-language message", () => {
    const error = named("XlsxInputError", 'Tệp "a.xlsx" trống (0 byte): hãy lấy lại tệp từ người gửi. / "a.xlsx" is empty (0 bytes).');
    expect(describeError(error, "Không mở được tệp")).toEqual({ title: "Không mở được tệp", message: 'Tệp "a.xlsx" trống (0 byte): hãy lấy lại tệp từ người gửi.' });
  });

  it("keeps a message that has no English part", () => {
    const error = named("OfficeHostError", "Excel đang bận: hãy nhấn Enter hoặc Esc rồi thử lại.");
    expect(describeError(error, "Không ghi được").message).toBe("Excel đang bận: hãy nhấn Enter hoặc Esc rồi thử lại.");
  });
});
