import { XlsxInputError } from "../hosts/xlsx/xlsxInputError";
import { OfficeHostError } from "../hosts/office/officeHostError";
import { describeError } from "./describeError";

describe("describeError", () => {
  it("titles a file that cannot be opened and keeps the host's Vietnamese sentence, without English", () => {
    const e = describeError(new XlsxInputError("encrypted", "mat-khau.xlsx"), "Không đọc được tệp");
    expect(e).toEqual({
      title: "Không mở được tệp",
      message: 'Tệp "mat-khau.xlsx" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.',
    });
  });

  it("titles an Office failure by its kind, and by the task when the kind has no title", () => {
    const busy = new OfficeHostError("busy", "Excel đang ở chế độ sửa ô.", "InvalidOperationInCellEditMode", null);
    expect(describeError(busy, "Không ghi được")).toEqual({ title: "Excel đang bận", message: "Excel đang ở chế độ sửa ô." });
    const other = new OfficeHostError("other", "Không ghi được kết quả vào bảng tính. Hãy thử lại.", null, null);
    expect(describeError(other, "Không ghi được")).toEqual({ title: "Không ghi được", message: "Không ghi được kết quả vào bảng tính. Hãy thử lại." });
  });

  it("says an error no host raised is unexpected, quoting it", () => {
    const named = Object.assign(new Error("boom"), { name: "XlsxInputError" });
    expect(describeError(named, "Không đọc được tệp")).toEqual({
      title: "Không đọc được tệp",
      message: "Lỗi không mong đợi: boom. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm nội dung này.",
    });
  });
});
