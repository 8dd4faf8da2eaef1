/** One zip entry's bytes, unpacked in chunks so that no entry can unpack beyond its declared size. */
import { Inflate } from "fflate";
import { XlsxInputError } from "../xlsxInputError";
import type { ZipEntry } from "./zipDirectory";

/** Compressed bytes per push: a deflate stream expands at most ~1032×, so one push stays bounded. */
const CHUNK = 16 * 1024;

/** Thrown by a consumer to stop reading an entry early (e.g. a sheet over the cell bound). */
export class StopReading extends Error {}

/** Calls `onChunk` with the unpacked bytes in order; a StopReading it throws passes through. */
export function streamEntry(archive: Uint8Array, entry: ZipEntry, fileName: string, onChunk: (chunk: Uint8Array) => void, chunkSize = CHUNK): void {
  const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  try {
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += chunkSize * 64) onChunk(data.subarray(at, Math.min(data.length, at + chunkSize * 64)));
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

/** The whole entry (for the small index parts). */
export function entryBytes(archive: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  streamEntry(archive, entry, fileName, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return at === out.length ? out : out.subarray(0, at);
}
