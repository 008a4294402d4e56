// A table file from bytes to rows, streamed. CSV: the first 64 KiB decide the encoding and delimiter
// (unless the user chose them), then every chunk is decoded and parsed as it arrives, so memory holds a
// chunk and a row whatever the file's size. readTable takes a file with random access and reads it as
// CSV or as an Excel workbook (.xlsx, see xlsx-reader.ts), whichever its first bytes say it is.
import { CsvReader, detectDelimiter, type CsvDelimiter, type CsvRow } from './csv.ts';
import { decoder, sniff, type TextEncoding } from './encoding.ts';
import { isCompoundFile } from './cfb.ts';
import { TableFileProblem } from './problem.ts';
import { openXlsx, type ByteSource } from './xlsx-reader.ts';
import { readBytes } from './zip-reader.ts';

export { TableFileProblem, XlsxProblem, type TableFileError, type XlsxError } from './problem.ts';
export type { ByteSource } from './xlsx-reader.ts';

export const SNIFF_BYTES = 64 * 1024;
/** Reads of a ByteSource for CSV: the size of the chunks uploads are stored in. */
const CHUNK_BYTES = 1024 * 1024;

export interface CsvFormat { encoding: TextEncoding; delimiter: CsvDelimiter }
export type TableFormat = ({ type: 'csv' } & CsvFormat) | { type: 'xlsx'; sheet: string; sheets: string[] };
/** What the user chose: encoding and delimiter apply to CSV, the sheet (a name, or 0 for the first) to .xlsx. */
export type TableChoice = Partial<CsvFormat> & { sheet?: string | number | undefined };

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

/** A ByteSource as a stream of chunks, front to back. */
export async function* byteChunks(source: ByteSource): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < source.size; at += CHUNK_BYTES) yield await readBytes(source, at, Math.min(CHUNK_BYTES, source.size - at));
}

/**
 * Reads a CSV or .xlsx file, told apart by its first bytes (a zip, or the compound file of a workbook with
 * a password, is read as a workbook). The format read is reported through `onFormat` before the first row.
 */
export async function* readTable(source: ByteSource, choice: TableChoice = {}, onFormat?: (f: TableFormat) => void): AsyncGenerator<CsvRow> {
  const head = await readBytes(source, 0, Math.min(8, source.size));
  if (isCompoundFile(head) || sniff(head).kind === 'xlsx') {
    const book = await openXlsx(source, { sheet: choice.sheet });
    onFormat?.({ type: 'xlsx', sheet: book.sheet, sheets: book.sheets });
    yield* book.rows();
    return;
  }
  yield* readCsv(byteChunks(source), { encoding: choice.encoding, delimiter: choice.delimiter }, (f) => onFormat?.({ type: 'csv', ...f }));
}
