/** Runs the command line in-process and unpacks what it wrote, for the golden tests. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { writeSample } from "../../src/sample/writeSample";

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const status = await main(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "thi-dua-test-"));
}

/** The bundled sample's files (the cluster workbook first, then the members), written into a new temporary folder. */
export async function sampleFolder(): Promise<{ readonly folder: string; readonly files: string[] }> {
  const folder = tempDir();
  const files: string[] = [];
  for (const f of await writeSample()) {
    writeFileSync(path.join(folder, f.file), f.data);
    files.push(path.join(folder, f.file));
  }
  return { folder, files };
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every string value of every cell of the sheet. */
export function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === "string") texts.push(cell.value);
  }));
  return texts;
}

/** One entry of a zip file (a .docx), read through its central directory. */
export function zipEntry(file: string, name: string): string {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} not in ${file}`);
}

/** The text of a Word document, runs joined, paragraphs on their own lines. */
export function docxText(file: string): string {
  return zipEntry(file, "word/document.xml")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');
}
