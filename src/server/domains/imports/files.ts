// An uploaded file read back from the database: as bytes at any offset over its stored chunks (the .xlsx
// reader jumps to the zip's directory at the end, the CSV reader goes front to back), and as a table read
// as the upload settled it, its header first.
import type { Executor } from '../../platform/db/index.ts';
import type { CsvRow } from '../../lib/tabular/csv.ts';
import { readTable, type ByteSource, type TableChoice, type TableFormat } from '../../lib/tabular/reader.ts';
import * as repo from './repo.ts';

/** Uploads are stored in chunks of exactly this size, the last one shorter. */
export const CHUNK_BYTES = 1024 * 1024;
/** A read that runs over a chunk's end needs two; the next sequential read starts in the second again. */
const CACHED_CHUNKS = 2;
/** Rows a title may take above the header (会員名簿（2024年度）, a date, a blank merged row). */
const TITLE_ROWS = 5;

/** The stored file of an import as a ByteSource; `size` is its file_bytes. */
export function storedFile(db: Executor, workspaceId: string, importId: string, size: number): ByteSource {
  // By chunk number, least recently used first.
  const cache = new Map<number, Uint8Array>();
  const chunk = async (n: number): Promise<Uint8Array> => {
    let bytes = cache.get(n);
    if (bytes) cache.delete(n);
    else {
      bytes = await repo.chunkAt(db, workspaceId, importId, n);
      if (!bytes) throw new Error(`import ${importId}: chunk ${n} is missing`);
    }
    cache.set(n, bytes);
    if (cache.size > CACHED_CHUNKS) cache.delete(cache.keys().next().value!);
    return bytes;
  };
  return {
    size,
    async read(offset, length) {
      const first = Math.floor(offset / CHUNK_BYTES);
      const last = Math.floor((offset + length - 1) / CHUNK_BYTES);
      const parts: Uint8Array[] = [];
      for (let n = first; n <= last; n++) {
        const start = n * CHUNK_BYTES;
        parts.push((await chunk(n)).subarray(Math.max(offset - start, 0), Math.min(offset + length - start, CHUNK_BYTES)));
      }
      return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    },
  };
}

/** How the import's file is read, as its upload settled it: the sheet of a workbook, a CSV's encoding and delimiter. */
export function choiceOf(imp: repo.ImportRow): TableChoice {
  return imp.file_type === 'xlsx' ? { sheet: imp.sheet ?? undefined } : { encoding: imp.encoding ?? undefined, delimiter: imp.delimiter ?? undefined };
}

const filled = (row: CsvRow) => row.cells.filter((c) => c.trim() !== '').length;

/**
 * The file's table: its header row first, then the data rows. A sheet often has a title above the table
 * (a merged cell, so a row with one cell filled): rows with at most one cell filled that come before the
 * first row with two or more, within TITLE_ROWS, are left out. A file of one column is read from its first row.
 */
export async function* tableRows(source: ByteSource, choice: TableChoice, onFormat?: (f: TableFormat) => void): AsyncGenerator<CsvRow> {
  const head: CsvRow[] = [];
  let settled = false;
  for await (const row of readTable(source, choice, onFormat)) {
    if (settled) {
      yield row;
      continue;
    }
    head.push(row);
    if (filled(row) >= 2) {
      settled = true;
      yield* head.slice(-1);
    } else if (head.length > TITLE_ROWS) {
      settled = true;
      yield* head;
    }
  }
  if (!settled) yield* head;
}

/** The import's stored file as a table (see tableRows). */
export function importTable(db: Executor, imp: repo.ImportRow): AsyncGenerator<CsvRow> {
  return tableRows(storedFile(db, imp.workspace_id, imp.import_id, Number(imp.file_bytes)), choiceOf(imp));
}
