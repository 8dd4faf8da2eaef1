/** Hands bytes to the browser as a file download (no server: the data stays on the machine). */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** "so-cum.xlsx" → "so-cum-xep-hang.xlsx"; a workbook with macros stays one: "so-cum.xlsm" → "so-cum-xep-hang.xlsm". */
export function resultFileName(sourceFile: string): string {
  const macros = /\.xlsm$/i.test(sourceFile);
  const base = sourceFile.replace(/\.xls[xm]$/i, "");
  return `${base}-xep-hang.${macros ? "xlsm" : "xlsx"}`;
}

/** The type of a result file, by its name. */
export function workbookMime(fileName: string): string {
  return /\.xlsm$/i.test(fileName) ? XLSM_MIME : XLSX_MIME;
}
