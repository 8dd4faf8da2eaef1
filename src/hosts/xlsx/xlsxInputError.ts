/** Why a file given as a workbook could not be opened. One clear sentence, never a stack trace. */

export type XlsxInputProblem = "empty" | "notXlsx" | "encrypted" | "corrupt" | "tooLarge" | "tooLargeUnpacked";

/** Above this the file is refused before parsing (docs/tep-xlsx.md, the limits). */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

export class XlsxInputError extends Error {
  readonly problem: XlsxInputProblem;
  readonly fileName: string;

  constructor(problem: XlsxInputProblem, fileName: string, options?: { cause?: unknown }) {
    super(inputErrorMessage(problem, fileName), options);
    this.name = "XlsxInputError";
    this.problem = problem;
    this.fileName = fileName;
  }
}

/** Vietnamese first (the users), then English (for scripts and support). */
export function inputErrorMessage(problem: XlsxInputProblem, fileName: string): string {
  switch (problem) {
    case "empty":
      return `Tệp "${fileName}" trống (0 byte): có thể tệp chưa được lưu hoặc chép chưa xong; hãy lấy lại tệp từ người gửi. / "${fileName}" is empty (0 bytes).`;
    case "notXlsx":
      return `Tệp "${fileName}" không phải là sổ tính Excel .xlsx (có thể là tệp .xls cũ, CSV hoặc tệp khác đổi đuôi); hãy mở bằng Excel và lưu lại dạng .xlsx. / "${fileName}" is not an .xlsx workbook.`;
    case "encrypted":
      return `Tệp "${fileName}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại. / "${fileName}" is password-protected (encrypted).`;
    case "corrupt":
      return `Tệp "${fileName}" bị hỏng, không đọc được; hãy mở bằng Excel và lưu lại. / "${fileName}" is corrupt and cannot be read.`;
    case "tooLarge":
      return `Tệp "${fileName}" lớn hơn 50 MB, quá lớn để xử lý. / "${fileName}" is larger than 50 MB.`;
    case "tooLargeUnpacked":
      return `Tệp "${fileName}" khi giải nén lớn hơn 500 MB, quá lớn để xử lý. / "${fileName}" unpacks to more than 500 MB.`;
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0] as const;

/** Refuses what cannot be an xlsx before the zip is opened. */
export function checkXlsxBytes(bytes: Uint8Array, fileName: string): void {
  if (bytes.byteLength === 0) throw new XlsxInputError("empty", fileName);
  if (bytes.byteLength > MAX_XLSX_BYTES) throw new XlsxInputError("tooLarge", fileName);
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // A password-protected xlsx is an OLE compound file holding an "EncryptionInfo" stream;
    // any other compound file (an old .xls, a .doc) is simply not an xlsx.
    throw new XlsxInputError(containsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "notXlsx", fileName);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new XlsxInputError("notXlsx", fileName);
}

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}
