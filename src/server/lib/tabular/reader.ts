// A CSV file from bytes to rows, streamed: the first 64 KiB decide the encoding and delimiter (unless the
// user chose them), then every chunk is decoded and parsed as it arrives, so memory holds a chunk and a
// row whatever the file's size.
import { CsvReader, detectDelimiter, type CsvDelimiter, type CsvRow } from './csv.ts';
import { decoder, sniff, type TextEncoding } from './encoding.ts';

export const SNIFF_BYTES = 64 * 1024;

export type TableFileError = 'file_empty' | 'file_binary' | 'file_is_xlsx';

export class TableFileProblem extends Error {
  readonly code: TableFileError;
  constructor(code: TableFileError) {
    super(code);
    this.code = code;
  }
}

export interface CsvFormat { encoding: TextEncoding; delimiter: CsvDelimiter }

/** Collects at least `size` bytes from the front of a stream, and hands back the rest unread. */
async function head(chunks: AsyncIterator<Uint8Array>, size: number): Promise<{ bytes: Uint8Array; done: boolean }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < size) {
    const next = await chunks.next();
    if (next.done) return { bytes: Buffer.concat(parts), done: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { bytes: Buffer.concat(parts), done: false };
}

/**
 * Reads a CSV stream. `format` overrides what detection would choose (the user's manual choice). The
 * detected format is reported through `onFormat` before the first row.
 */
export async function* readCsv(source: AsyncIterable<Uint8Array>, format: Partial<CsvFormat> = {}, onFormat?: (f: CsvFormat) => void): AsyncGenerator<CsvRow> {
  const chunks = source[Symbol.asyncIterator]();
  const first = await head(chunks, SNIFF_BYTES);
  const sniffed = sniff(first.bytes);
  if (!format.encoding) {
    if (sniffed.kind === 'empty') throw new TableFileProblem('file_empty');
    if (sniffed.kind === 'xlsx') throw new TableFileProblem('file_is_xlsx');
    if (sniffed.kind === 'binary') throw new TableFileProblem('file_binary');
  }
  const encoding = format.encoding ?? (sniffed.kind === 'text' ? sniffed.encoding : 'utf-8');
  const decode = decoder(encoding);
  const firstText = decode.write(first.bytes);
  const delimiter = format.delimiter ?? detectDelimiter(firstText);
  onFormat?.({ encoding, delimiter });
  const csv = new CsvReader(delimiter);
  yield* csv.push(firstText);
  if (!first.done) {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield* csv.push(decode.write(next.value));
  }
  yield* csv.push(decode.end());
  yield* csv.end();
}
