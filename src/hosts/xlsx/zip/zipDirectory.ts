/**
 * The zip central directory of an .xlsx, read without inflating anything, so that the limits are
 * checked before memory is spent (docs/tep-xlsx.md: at most 500 MB unpacked in total).
 */
import { XlsxInputError } from "../xlsxInputError";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the compressed data in the archive. */
  readonly dataOffset: number;
}

/** Unpacked bytes allowed for a whole workbook. */
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;
/** The writer's zip has no Zip64 directory: at most 65 535 entries, and no real workbook comes near. */
const MAX_ENTRIES = 65_000;
const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const utf8 = new TextDecoder("utf-8");
const latin = new TextDecoder("latin1");

export function readZipDirectory(bytes: Uint8Array, fileName: string): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (): XlsxInputError => new XlsxInputError("corrupt", fileName);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw corrupt();
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) {
    // Zip64: the locator sits just before the end record and points at the zip64 end record.
    const locator = eocd - 20;
    if (locator < 0) throw corrupt();
    const at = Number(view.getBigUint64(locator + 8, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD) throw corrupt();
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  if (count > MAX_ENTRIES) throw new XlsxInputError("tooLargeUnpacked", fileName);
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) throw corrupt();
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let local = view.getUint32(offset + 42, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const name = (flags & 0x800 ? utf8 : isAscii(nameBytes) ? utf8 : latin).decode(nameBytes);
    const zip64 = readZip64Extra(view, offset + 46 + nameLength, extraLength, { size, compressedSize, local });
    size = zip64.size;
    compressedSize = zip64.compressedSize;
    local = zip64.local;
    offset += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new XlsxInputError("encrypted", fileName);
    if (method !== 0 && method !== 8) throw corrupt();
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw corrupt();
    const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataOffset + compressedSize > bytes.length) throw corrupt();
    total += size;
    if (total > MAX_UNPACKED_BYTES) throw new XlsxInputError("tooLargeUnpacked", fileName);
    if (name.endsWith("/")) continue;
    entries.set(name, { name, method, crc, compressedSize, size, dataOffset });
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, view.byteLength - 22 - 65_535);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

function readZip64Extra(view: DataView, start: number, length: number, sizes: { size: number; compressedSize: number; local: number }): { size: number; compressedSize: number; local: number } {
  if (sizes.size !== 0xffffffff && sizes.compressedSize !== 0xffffffff && sizes.local !== 0xffffffff) return sizes;
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    const len = view.getUint16(at + 2, true);
    if (id === 1) {
      let p = at + 4;
      const next = (): number => {
        const v = Number(view.getBigUint64(p, true));
        p += 8;
        return v;
      };
      const size = sizes.size === 0xffffffff ? next() : sizes.size;
      const compressedSize = sizes.compressedSize === 0xffffffff ? next() : sizes.compressedSize;
      const local = sizes.local === 0xffffffff ? next() : sizes.local;
      return { size, compressedSize, local };
    }
    at += 4 + len;
  }
  return sizes;
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return false;
  return true;
}
