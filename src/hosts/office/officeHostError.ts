/** Office failures as one typed error with a Vietnamese message that says what to do. */
import type { OfficeFailure, OfficeFailureKind } from "../host";

export type OfficeHostErrorKind = OfficeFailureKind;

/** What the host was doing when Excel failed; chooses the wording of "other" errors. */
export type OfficeAction = "read" | "write" | "select";

export class OfficeHostError extends Error implements OfficeFailure {
  override readonly name = "OfficeHostError";
  readonly host = "office";
  readonly kind: OfficeHostErrorKind;
  /** The Office error code ("InvalidOperationInCellEditMode", …) or null when there was none. */
  readonly code: string | null;
  override readonly cause: unknown;

  constructor(kind: OfficeHostErrorKind, message: string, code: string | null, cause: unknown) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.cause = cause;
  }
}

const BUSY_CODES: ReadonlySet<string> = new Set(["InvalidOperationInCellEditMode"]);
const TOO_LARGE_CODES: ReadonlySet<string> = new Set(["RequestPayloadSizeLimitExceeded", "PayloadTooLarge"]);
/** Excel's answer (a read) was above 5 MB: not the same trouble, nor the same remedy, as a write too large. */
const RESPONSE_TOO_LARGE_CODE = "ResponsePayloadSizeLimitExceeded";
const UNSUPPORTED_CODES: ReadonlySet<string> = new Set(["ApiNotFound", "ApiNotAvailable", "UnsupportedOperation"]);

/** The code of an OfficeExtension.Error (or anything shaped like one), else null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.length > 0 ? code : null;
}

export function isBusyError(error: unknown): boolean {
  if (error instanceof OfficeHostError) return error.kind === "busy";
  const code = officeErrorCode(error);
  return code !== null && BUSY_CODES.has(code);
}

const OTHER_MESSAGES: Readonly<Record<OfficeAction, string>> = {
  read: "Không đọc được bảng tính từ Excel",
  write: "Không ghi được kết quả vào bảng tính; các trang tính mới của lần ghi này đã được gỡ bỏ",
  select: "Không chuyển được tới ô cần xem",
};

/** Wraps any failure from Excel once, keeping it as the cause. */
export function toOfficeHostError(error: unknown, action: OfficeAction): OfficeHostError {
  if (error instanceof OfficeHostError) return error;
  const code = officeErrorCode(error);
  if (code !== null && BUSY_CODES.has(code)) {
    return new OfficeHostError("busy", "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.", code, error);
  }
  if (code === RESPONSE_TOO_LARGE_CODE) {
    return new OfficeHostError(
      "tooLarge",
      "Excel trên web không gửi được dữ liệu của sổ làm việc: một lần đọc vượt giới hạn 5 MB. Hãy xoá những trang tính hoặc vùng ô không cần cho việc chấm điểm, hoặc mở sổ làm việc bằng Excel trên máy tính.",
      code,
      error,
    );
  }
  if (code !== null && TOO_LARGE_CODES.has(code)) {
    return new OfficeHostError(
      "tooLarge",
      "Lượng dữ liệu gửi tới Excel vượt giới hạn 5 MB của Excel trên web. Hãy thử lại; nếu vẫn lỗi, hãy mở sổ làm việc bằng Excel trên máy tính.",
      code,
      error,
    );
  }
  if (code !== null && UNSUPPORTED_CODES.has(code)) {
    return new OfficeHostError(
      "unsupported",
      "Phiên bản Excel này không hỗ trợ một chức năng mà Thi đua cần. Hãy cập nhật Excel (Microsoft 365, Excel 2021 trở lên) hoặc dùng Excel trên web.",
      code,
      error,
    );
  }
  // Office localises its own messages, so Excel's words are quoted as they come.
  const detail = error instanceof Error && error.message.length > 0 ? ` Excel báo: “${error.message}”` : "";
  return new OfficeHostError("other", `${OTHER_MESSAGES[action]}. Hãy thử lại.${detail}`, code, error);
}
