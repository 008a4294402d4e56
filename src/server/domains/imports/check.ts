// Checking an import before anything is written: every row read through the mapping and the person rules
// and counted as new, an update (its keys name someone already here), a duplicate in the file (its keys
// name an earlier row, which it will be merged into) or invalid; the first rows of each kept for the
// page. Reads only. Streams the file in batches, so memory holds a batch and the keys seen so far.
import type { Deps } from '../../platform/context.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { csvFileBytes, csvLine } from '../../lib/tabular/csv-writer.ts';
import { xlsxFileBytes } from '../../lib/tabular/xlsx-writer.ts';
import { matchPeople } from '../people/index.ts';
import { listFields } from '../fields/index.ts';
import type { Field } from '../../../common/fields.ts';
import { SeenKeys } from './seen-keys.ts';
import type { ImportCounts, ImportPreviewRow, ImportRowKind } from '../../../common/imports.ts';
import { dataBatches, readContext, readRow, type ReadRow } from './rows.ts';
import * as repo from './repo.ts';

export const CHECK_BATCH = 2_000;
const PREVIEW_ROWS = 5;

export async function checkImport(deps: Deps, workspaceId: string, importId: string, ctx: { locale: Locale; signal: AbortSignal; progress: (done: number) => Promise<void> }): Promise<ImportCounts> {
  const db = deps.db.kysely;
  const imp = (await repo.findImport(db, workspaceId, importId))!;
  const read = readContext(imp, deps.now(), ctx.locale, await listFields(db, workspaceId, 'person'));
  const counts: ImportCounts = { rows: 0, new: 0, update: 0, duplicateInFile: 0, invalid: 0, nameNotSplit: 0 };
  const preview: Record<ImportRowKind, ImportPreviewRow[]> = { new: [], update: [], duplicateInFile: [], invalid: [] };
  const add = (kind: ImportRowKind, r: ReadRow, extra: Partial<ImportPreviewRow> = {}) => {
    counts[kind] += 1;
    if (preview[kind].length < PREVIEW_ROWS) preview[kind].push({ line: r.line, cells: r.cells, ...extra });
  };
  // Every key of a valid row so far, with the line that first had it.
  const seen = new SeenKeys();
  for await (const batch of dataBatches(db, imp, CHECK_BATCH)) {
    if (ctx.signal.aborted) throw new Error('import check stopped');
    const fresh: ReadRow[] = [];
    for (const source of batch) {
      const r = readRow(source, read);
      counts.rows += 1;
      if (r.row.nameNotSplit) counts.nameNotSplit += 1;
      if (r.problems.length) { add('invalid', r, { problems: r.problems }); continue; }
      const first = r.keyList.map((k) => seen.get(k)).find((x) => x !== undefined);
      if (first !== undefined) { add('duplicateInFile', r, { firstLine: first }); continue; }
      for (const k of r.keyList) seen.set(k, r.line);
      fresh.push(r);
    }
    const matched = await matchPeople(db, workspaceId, fresh.map((r) => r.keys));
    fresh.forEach((r, i) => add(matched[i] ? 'update' : 'new', r));
    await ctx.progress(counts.rows);
  }
  await repo.updateImport(db, workspaceId, importId, { status: 'checked', counts: { ...counts }, preview });
  return counts;
}

/**
 * The rows the check found invalid, as a file to fix and upload again: the original header and cells,
 * with the reasons (and the line) in one more column at the end. A workbook's rows come back as a
 * workbook (every cell text, as read); a CSV's in its own encoding and delimiter.
 */
export function invalidRowsFile(deps: Deps, imp: repo.ImportRow, fields: Field[], locale: Locale, reasonHeader: string, lineLabel: (line: number) => string): AsyncGenerator<Buffer> {
  const read = readContext(imp, deps.now(), locale, fields);
  const width = imp.headers.length;
  async function* rows(): AsyncGenerator<string[][]> {
    yield [[...imp.headers, reasonHeader]];
    for await (const batch of dataBatches(deps.db.kysely, imp, CHECK_BATCH)) {
      const out: string[][] = [];
      for (const source of batch) {
        const r = readRow(source, read);
        if (!r.problems.length) continue;
        // A short row (a sheet drops its empty cells at the end) is padded, so the reasons stay under their header.
        const padding = Array<string>(Math.max(0, width - source.cells.length)).fill('');
        out.push([...source.cells, ...padding, `${lineLabel(r.line)} ${r.problems.map((p) => p.message).join(' ')}`]);
      }
      yield out;
    }
  }
  if (imp.file_type === 'xlsx') return xlsxFileBytes(imp.sheet!, rows());
  const delimiter = imp.delimiter!;
  async function* text(): AsyncGenerator<string> {
    for await (const batch of rows()) yield batch.map((cells) => csvLine(cells, delimiter)).join('');
  }
  return csvFileBytes(imp.encoding!, text());
}
