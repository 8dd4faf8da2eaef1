/** Writes the real Tiền Giang table (the fixture of issue 10) as an .xlsx pledge workbook:
 * `npx tsx scripts/write-bang-diem-chuan.ts [out.xlsx]` (default bang-diem-chuan.xlsx in the current folder).
 * Never overwrites an existing file. */
import { existsSync, writeFileSync } from "node:fs";
import { bangDiemChuanGrid } from "../src/sample/bangDiemChuanGrid";
import { fileBytes } from "../src/sample/writeSample";

async function main(): Promise<void> {
  const out = process.argv[2] ?? "bang-diem-chuan.xlsx";
  if (existsSync(out)) {
    console.error(`Tệp ${out} đã có; không ghi đè.`);
    process.exitCode = 2;
    return;
  }
  writeFileSync(out, await fileBytes({ file: out, grids: [bangDiemChuanGrid()] }));
  console.log(`Đã ghi ${out}.`);
}

void main();
