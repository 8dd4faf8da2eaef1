/** Streams one package part through saxes: the part is never held as one string. */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { StopReading, streamEntry, wholeEntry, type WholeInflate } from "../zip/inflateEntry";
import { scanXml } from "./scanXml";
import type { ZipEntry } from "../zip/zipDirectory";
import { XlsxInputError } from "../xlsxInputError";

export interface PartHandlers {
  readonly open: (name: string, attributes: Readonly<Record<string, string>>) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

/** Characters between two tags: far beyond Excel's 32 767 per cell; saxes would buffer them all. */
const MAX_TEXT_RUN = 16 * 1024 * 1024;

/** Decodes whole parts only (no stream state): one for all of them. */
const WHOLE_DECODER = new TextDecoder("utf-8");

export function parsePart(archive: Uint8Array, entry: ZipEntry, fileName: string, handlers: PartHandlers, inflate?: WholeInflate): void {
  // A part unpacked whole (the CLI) goes through the fast reader when its XML is plain; saxes otherwise.
  const whole = wholeEntry(archive, entry, fileName, inflate);
  const xml = whole === null ? null : WHOLE_DECODER.decode(whole);
  if (xml !== null) {
    try {
      if (scanXml(xml, handlers)) return;
    } catch (error) {
      if (error instanceof StopReading) return;
      if (error instanceof XlsxInputError) throw error;
      throw new XlsxInputError("corrupt", fileName, { cause: error });
    }
  }
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  let tagged = false;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    tagged = true;
    handlers.open(tag.name, tag.attributes);
  });
  const close = handlers.close;
  parser.on("closetag", (tag) => {
    tagged = true;
    close?.(tag.name);
  });
  if (handlers.text) parser.on("text", handlers.text);
  const decoder = new TextDecoder("utf-8");
  let stopped = false;
  try {
    if (xml !== null) {
      parser.write(xml);
      if (failure) throw new XlsxInputError("corrupt", fileName, { cause: failure });
    } else {
      let run = 0;
      streamEntry(
        archive,
        entry,
        fileName,
        (chunk) => {
          const text = decoder.decode(chunk, { stream: true });
          tagged = false;
          parser.write(text);
          run = tagged ? 0 : run + text.length;
          if (run > MAX_TEXT_RUN) throw new XlsxInputError("corrupt", fileName);
          if (failure) throw new XlsxInputError("corrupt", fileName, { cause: failure });
        },
        undefined,
        inflate,
      );
    }
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof StopReading) stopped = true;
    else if (error instanceof XlsxInputError) throw error;
    else throw new XlsxInputError("corrupt", fileName, { cause: error });
  }
  if (failure && !stopped) throw new XlsxInputError("corrupt", fileName, { cause: failure });
}
