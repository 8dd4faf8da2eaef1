import { toOfficeHostError } from "./officeHostError";

function officeError(code: string, message = "Excel error") {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

describe("toOfficeHostError", () => {
  it("maps cell-edit mode to busy with what to press", () => {
    const e = toOfficeHostError(officeError("InvalidOperationInCellEditMode"), "write");
    expect(e.kind).toBe("busy");
    expect(e.message).toBe("Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.");
  });

  it("maps a refused payload to tooLarge", () => {
    expect(toOfficeHostError(officeError("RequestPayloadSizeLimitExceeded"), "write").kind).toBe("tooLarge");
  });

  it("maps ApiNotFound to unsupported and asks for a newer Excel", () => {
    const e = toOfficeHostError(officeError("ApiNotFound"), "write");
    expect(e.kind).toBe("unsupported");
    expect(e.message).toContain("Hãy cập nhật Excel");
  });

  it("quotes Excel's own words for any other failure and keeps the cause", () => {
    const cause = officeError("ItemNotFound", "Không tìm thấy mục được yêu cầu.");
    const e = toOfficeHostError(cause, "read");
    expect(e.kind).toBe("other");
    expect(e.message).toBe("Không đọc được bảng tính từ Excel. Hãy thử lại. Excel báo: “Không tìm thấy mục được yêu cầu.”");
    expect(e.cause).toBe(cause);
    expect(e.code).toBe("ItemNotFound");
  });
});
