/** The parts of an .xlsx package: those of the input (still compressed) and those the tool wrote. */
import { entryBytes, StopReading, streamEntry, type WholeInflate } from "../zip/inflateEntry";
import { writeZip, type Deflate, type ZipPart } from "../zip/writeZip";
import { readZipDirectory, type ZipEntry } from "../zip/zipDirectory";
import { parsePart, type PartHandlers } from "../xml/parsePart";
import { XlsxInputError, checkXlsxBytes, toBytes } from "../xlsxInputError";

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Part names as stored in the zip, no leading slash ("xl/workbook.xml"). */
export class XlsxPackage {
  readonly fileName: string;
  private readonly parts: ReadonlyMap<string, ZipPart>;
  /** Lower-cased name → stored name: OPC part names compare case-insensitively. */
  private readonly folded: ReadonlyMap<string, string>;
  /** A native whole-entry inflater where the host has one (the CLI); fflate streams otherwise. */
  private readonly inflate: WholeInflate | undefined;

  private constructor(fileName: string, parts: ReadonlyMap<string, ZipPart>, inflate: WholeInflate | undefined) {
    this.fileName = fileName;
    this.parts = parts;
    this.inflate = inflate;
    this.folded = new Map([...parts.keys()].map((name) => [name.toLowerCase(), name]));
  }

  static open(data: ArrayBuffer | Uint8Array, fileName: string, inflate?: WholeInflate): XlsxPackage {
    const archive = toBytes(data);
    checkXlsxBytes(archive, fileName);
    const entries = readZipDirectory(archive, fileName);
    const parts = new Map<string, ZipPart>();
    for (const entry of entries.values()) parts.set(entry.name, { kind: "copy", entry, archive });
    return new XlsxPackage(fileName, parts, inflate);
  }

  /** The stored name of a part, found case-insensitively, or null. */
  find(name: string): string | null {
    const clean = name.replace(/^\/+/, "");
    return this.parts.has(clean) ? clean : (this.folded.get(clean.toLowerCase()) ?? null);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  bytes(name: string): Uint8Array | null {
    const found = this.find(name);
    const part = found === null ? undefined : this.parts.get(found);
    if (part === undefined) return null;
    return part.kind === "new" ? part.data : entryBytes(part.archive, part.entry, this.fileName, this.inflate);
  }

  text(name: string): string | null {
    const bytes = this.bytes(name);
    return bytes === null ? null : utf8.decode(bytes);
  }

  /** Unpacked size of a part (from the zip directory for an input part), or null. */
  size(name: string): number | null {
    const found = this.find(name);
    const part = found === null ? undefined : this.parts.get(found);
    if (part === undefined) return null;
    return part.kind === "copy" ? part.entry.size : part.data.length;
  }

  /** The part's bytes in chunks, unpacked on the way; a StopReading thrown by `onChunk` ends early. */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const found = this.find(name);
    const part = found === null ? undefined : this.parts.get(found);
    if (part === undefined) return;
    if (part.kind === "new") onChunk(part.data);
    else streamEntry(part.archive, part.entry, this.fileName, onChunk, undefined, this.inflate);
  }

  /** The first `bytes` bytes of a part (or all of a shorter one) as text, unpacking no more than needed. */
  head(name: string, bytes: number): string {
    const chunks: Uint8Array[] = [];
    let length = 0;
    try {
      this.stream(name, (chunk) => {
        chunks.push(chunk);
        length += chunk.length;
        if (length >= bytes) throw new StopReading();
      });
    } catch (error) {
      if (!(error instanceof StopReading)) throw error;
    }
    const all = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return utf8.decode(all.subarray(0, Math.min(length, bytes)));
  }

  /** Streams a part through the XML parser; false when the part does not exist. */
  parse(name: string, handlers: PartHandlers): boolean {
    const found = this.find(name);
    const part = found === null ? undefined : this.parts.get(found);
    if (part === undefined) return false;
    const entry: ZipEntry = part.kind === "copy" ? part.entry : { name: part.name, method: 0, crc: 0, compressedSize: part.data.length, size: part.data.length, dataOffset: 0 };
    parsePart(part.kind === "copy" ? part.archive : part.data, entry, this.fileName, handlers, this.inflate);
    return true;
  }

  /** A new package: `changed` parts set (text or bytes) or, when null, removed; the rest carried over as they are. */
  with(changed: ReadonlyMap<string, string | Uint8Array | null>): XlsxPackage {
    const parts = new Map<string, ZipPart>();
    const pending = new Map([...changed].map(([name, data]) => [this.find(name) ?? name.replace(/^\/+/, ""), data]));
    for (const [name, part] of this.parts) {
      const data = pending.get(name);
      if (data === undefined) parts.set(name, part);
      else if (data !== null) parts.set(name, newPart(name, data));
      pending.delete(name);
    }
    for (const [name, data] of pending) if (data !== null) parts.set(name, newPart(name, data));
    return new XlsxPackage(this.fileName, parts, this.inflate);
  }

  /** [Content_Types].xml first, as Office writes it; everything else in its order. */
  toBytes(deflate?: Deflate): Uint8Array {
    const all = [...this.parts.values()];
    const first = all.filter((p) => partName(p) === "[Content_Types].xml");
    return writeZip([...first, ...all.filter((p) => partName(p) !== "[Content_Types].xml")], deflate);
  }

  /** Whether the input part is carried over untouched (for tests and the byte-identity promise). */
  isCopied(name: string): boolean {
    const found = this.find(name);
    return found !== null && this.parts.get(found)?.kind === "copy";
  }
}

function newPart(name: string, data: string | Uint8Array): ZipPart {
  return { kind: "new", name, data: typeof data === "string" ? encoder.encode(data) : data };
}

function partName(part: ZipPart): string {
  return part.kind === "copy" ? part.entry.name : part.name;
}

export { XlsxInputError };
