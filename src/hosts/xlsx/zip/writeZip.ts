/**
 * Writes a zip from parts that are either copied as they were (their compressed bytes untouched,
 * so they unpack byte for byte as in the input) or new (deflated here).
 */
import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./zipDirectory";

export type ZipPart =
  | { readonly kind: "copy"; readonly entry: ZipEntry; readonly archive: Uint8Array }
  | { readonly kind: "new"; readonly name: string; readonly data: Uint8Array };

interface Prepared {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly compressed: Uint8Array;
}

const encoder = new TextEncoder();
/** 1980-01-01 00:00, the earliest DOS date: new parts carry a fixed time so output is reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Raw DEFLATE and CRC-32 of a new part: fflate and JavaScript by default, Node's native zlib where the host offers it (the CLI). */
export type Deflate = (data: Uint8Array) => { readonly compressed: Uint8Array; readonly crc: number };
const fflateDeflate: Deflate = (data) => ({ compressed: deflateSync(data, { level: 6 }), crc: crc32(data) });

function prepare(part: ZipPart, deflate: Deflate): Prepared {
  if (part.kind === "copy") {
    const { entry, archive } = part;
    return { name: encoder.encode(entry.name), method: entry.method, crc: entry.crc, size: entry.size, compressed: archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize) };
  }
  const { compressed, crc } = deflate(part.data);
  return { name: encoder.encode(part.name), method: 8, crc, size: part.data.length, compressed };
}

export function writeZip(parts: readonly ZipPart[], deflate: Deflate = fflateDeflate): Uint8Array {
  const prepared = parts.map((p) => prepare(p, deflate));
  const localSize = prepared.reduce((n, p) => n + 30 + p.name.length + p.compressed.length, 0);
  const centralSize = prepared.reduce((n, p) => n + 46 + p.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x800, true);
    view.setUint16(at + 8, p.method, true);
    view.setUint16(at + 10, 0, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, p.crc, true);
    view.setUint32(at + 18, p.compressed.length, true);
    view.setUint32(at + 22, p.size, true);
    view.setUint16(at + 26, p.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(p.name, at + 30);
    out.set(p.compressed, at + 30 + p.name.length);
    at += 30 + p.name.length + p.compressed.length;
  }
  const central = at;
  prepared.forEach((p, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x800, true);
    view.setUint16(at + 10, p.method, true);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, p.crc, true);
    view.setUint32(at + 20, p.compressed.length, true);
    view.setUint32(at + 24, p.size, true);
    view.setUint16(at + 28, p.name.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, prepared.length, true);
  view.setUint16(at + 10, prepared.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
