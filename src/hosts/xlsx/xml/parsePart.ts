/** Streams one package part through saxes: the part is never held as one string. */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { StopReading, streamEntry } from "../zip/inflateEntry";
import type { ZipEntry } from "../zip/zipDirectory";
import { XlsxInputError } from "../xlsxInputError";

export interface PartHandlers {
  readonly open: (name: string, attributes: Readonly<Record<string, string>>) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

export function parsePart(archive: Uint8Array, entry: ZipEntry, fileName: string, handlers: PartHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag: SaxesTagPlain) => handlers.open(tag.name, tag.attributes));
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(tag.name));
  }
  if (handlers.text) parser.on("text", handlers.text);
  const decoder = new TextDecoder("utf-8");
  let stopped = false;
  try {
    streamEntry(archive, entry, fileName, (chunk) => {
      parser.write(decoder.decode(chunk, { stream: true }));
      if (failure) throw new XlsxInputError("corrupt", fileName, { cause: failure });
    });
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof StopReading) stopped = true;
    else if (error instanceof XlsxInputError) throw error;
    else throw new XlsxInputError("corrupt", fileName, { cause: error });
  }
  if (failure && !stopped) throw new XlsxInputError("corrupt", fileName, { cause: failure });
}
