/** Why a file given as a workbook could not be opened. One clear Vietnamese sentence from the findings
 * catalogue, never a stack trace; the command line adds its English line itself. */
import type { UnreadableProblem } from "../../engine/findings/finding";
import { makeFinding, NOWHERE } from "../../engine/findings/makeFinding";
import { findingMessage } from "../../engine/findings/messages";
import type { XlsxInputFailure } from "../host";

export type XlsxInputProblem = UnreadableProblem;

/** Above this the file is refused before parsing (docs/tep-xlsx.md, the limits). */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

export class XlsxInputError extends Error implements XlsxInputFailure {
  readonly host = "xlsx";
  readonly problem: XlsxInputProblem;
  readonly fileName: string;

  constructor(problem: XlsxInputProblem, fileName: string, options?: { cause?: unknown }) {
    super(inputErrorMessage(problem, fileName), options);
    this.name = "XlsxInputError";
    this.problem = problem;
    this.fileName = fileName;
  }
}

export function inputErrorMessage(problem: XlsxInputProblem, fileName: string): string {
  return findingMessage(makeFinding("FILE_UNREADABLE", "error", { ...NOWHERE, file: fileName }, { problem }));
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
