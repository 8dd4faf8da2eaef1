/** Which Excel a clerk needs for a requirement set, in words they know (Microsoft's table of
 * ExcelApi availability: 2019 has up to 1.8, 2021 up to 1.14, 2024 up to 1.17). */
export function excelVersionsFor(missingSets: readonly string[]): string {
  const minors = missingSets.map((s) => /ExcelApi\s*1\.(\d+)/i.exec(s)).map((m) => (m ? Number(m[1]) : 99));
  const needed = Math.max(0, ...minors);
  const always = "Microsoft 365 (bản cập nhật mới) hoặc Excel trên web";
  if (needed <= 8) return `Excel 2019 trở lên, ${always}`;
  if (needed <= 14) return `Excel 2021 trở lên, ${always}`;
  if (needed <= 17) return `Excel 2024, ${always}`;
  return always;
}
