/** One zip entry's bytes, unpacked in chunks so that no entry can unpack beyond its declared size. */
import { Inflate } from "fflate";
import { XlsxInputError } from "../xlsxInputError";
import type { ZipEntry } from "./zipDirectory";

/** Compressed bytes per push: a deflate stream expands at most ~1032×, so one push stays bounded. */
const CHUNK = 16 * 1024;

/** Thrown by a consumer to stop reading an entry early (e.g. a sheet over the cell bound). */
export class StopReading extends Error {}

/**
 * Raw DEFLATE of one whole entry into at most `size` bytes, throwing when the data would unpack to more:
 * Node's native zlib where the host offers it (the CLI, several times faster than fflate in JavaScript).
 */
export type WholeInflate = (compressed: Uint8Array, size: number) => Uint8Array;

/**
 * Entries declared up to this size are unpacked whole by a native WholeInflate: the directory's size bounds
 * the buffer (the budget was checked against it), and a larger entry still streams in bounded chunks.
 */
export const WHOLE_ENTRY_LIMIT = 8 * 1024 * 1024;

/** Calls `onChunk` with the unpacked bytes in order; a StopReading it throws passes through. */
export function streamEntry(archive: Uint8Array, entry: ZipEntry, fileName: string, onChunk: (chunk: Uint8Array) => void, chunkSize = CHUNK, inflateWhole?: WholeInflate): void {
  const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  try {
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += chunkSize * 64) onChunk(data.subarray(at, Math.min(data.length, at + chunkSize * 64)));
      return;
    }
    const out = wholeEntry(archive, entry, fileName, inflateWhole);
    if (out !== null) {
      for (let at = 0; at < out.length; at += chunkSize * 4) onChunk(out.subarray(at, Math.min(out.length, at + chunkSize * 4)));
      return;
    }
    let produced = 0;
    const inflate = new Inflate((chunk) => {
      produced += chunk.length;
      // The directory's size was checked against the budget; more than it says is a bomb or damage.
      if (produced > entry.size) throw new XlsxInputError("corrupt", fileName);
      onChunk(chunk);
    });
    // The first push is small: a reader after the first element only (a sheet's tab selection) stops early.
    let at = 0;
    for (let size = Math.min(chunkSize, 1024); at < data.length; size = chunkSize) {
      const end = Math.min(data.length, at + size);
      inflate.push(data.subarray(at, end), end >= data.length);
      at = end;
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof StopReading || error instanceof XlsxInputError) throw error;
    throw new XlsxInputError("corrupt", fileName, { cause: error });
  }
}

/** A deflated entry unpacked in one go by a native WholeInflate, when there is one and the entry is small enough; else null. */
export function wholeEntry(archive: Uint8Array, entry: ZipEntry, fileName: string, inflateWhole: WholeInflate | undefined): Uint8Array | null {
  if (inflateWhole === undefined || entry.method !== 8 || entry.size > WHOLE_ENTRY_LIMIT) return null;
  let out: Uint8Array;
  try {
    out = inflateWhole(archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize), entry.size);
  } catch (error) {
    throw new XlsxInputError("corrupt", fileName, { cause: error });
  }
  // More than the directory says is a bomb or damage.
  if (out.length > entry.size) throw new XlsxInputError("corrupt", fileName);
  return out;
}

/** The whole entry (for the small index parts). */
export function entryBytes(archive: Uint8Array, entry: ZipEntry, fileName: string, inflateWhole?: WholeInflate): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  streamEntry(
    archive,
    entry,
    fileName,
    (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    },
    CHUNK,
    inflateWhole,
  );
  return at === out.length ? out : out.subarray(0, at);
}
