// Imports, first steps: a file is streamed into the database as it arrives (1 MiB chunks, a size limit,
// its SHA-256), then its head is read — a CSV's encoding and delimiter or a workbook's sheet, the header
// row, the first rows — and each column gets a suggested field. Nothing is written to people until the
// user has settled the mapping and run it.
import { createHash } from 'node:crypto';
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError, InvalidFieldsError, notFound } from '../../platform/errors.ts';
import { fieldLabel, t, type Locale } from '../../platform/i18n/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { isoTime } from '../../lib/time.ts';
import { CsvError, type CsvRow } from '../../lib/tabular/csv.ts';
import { TableFileProblem, type CsvFormat, type TableChoice, type TableFormat } from '../../lib/tabular/reader.ts';
import { xlsxSheets } from '../../lib/tabular/xlsx-reader.ts';
import { listFields } from '../fields/index.ts';
import { getJobRun, startJob } from '../jobs/index.ts';
import type { Queue } from '../../platform/queue.ts';
import type { Download } from '../../platform/downloads.ts';
import { IMPORT_CHECK_JOB } from './jobs.ts';
import { invalidRowsFile } from './check.ts';
import { importOptionsSchema, type Import, type ImportOptionsInput, type ImportSummary } from '../../../common/imports.ts';
import { PERSON_TARGETS, suggestMapping, type TargetField } from './mapping.ts';
import { CHUNK_BYTES, choiceOf, storedFile, tableRows } from './files.ts';
import * as repo from './repo.ts';

const SAMPLE_ROWS = 20;

type Target = TargetField & { label: string };

/** What a column can go to: the person fields, then the workspace's custom fields by label. */
async function targetsFor(db: Executor, workspaceId: string, locale: Locale): Promise<Target[]> {
  const custom = await listFields(db, workspaceId, 'person');
  return [
    ...PERSON_TARGETS.map((t) => ({ ...t, label: fieldLabel(locale, t.key) })),
    ...custom.map((f) => ({ key: `custom:${f.fieldId}`, headers: [f.label], label: f.label })),
  ];
}

/** The import, or 404: one that is still uploading is not there yet. */
async function foundImport(db: Executor, workspaceId: string, importId: string): Promise<repo.ImportRow> {
  const r = await repo.findImport(db, workspaceId, importId);
  if (!r || r.status === 'uploading') throw notFound('import');
  return r;
}

interface Head { format: TableFormat; rows: CsvRow[] }

/** A workbook's sheet names for a message, in either language. */
const sheetList = (sheets: string[]) => sheets.join(' / ');

/** The header row and the first rows under it; a problem with the file is the user's, on the file field. */
async function readHead(db: Executor, workspaceId: string, importId: string, size: number, choice: TableChoice): Promise<Head> {
  const source = storedFile(db, workspaceId, importId, size);
  let format: TableFormat | undefined;
  const rows: CsvRow[] = [];
  try {
    for await (const row of tableRows(source, choice, (f) => { format = f; })) {
      rows.push(row);
      if (rows.length > SAMPLE_ROWS) break;
    }
  } catch (err) {
    if (err instanceof TableFileProblem && err.code === 'xlsx_no_sheet') {
      // No sheet asked for and none found: not a workbook Excel would save.
      if (choice.sheet === undefined) throw new InvalidFieldsError([{ field: 'file', code: 'xlsx_broken' }]);
      // The sheet asked for is not there: name it, and the ones that are.
      throw new InvalidFieldsError([{ field: 'file', code: err.code, params: { sheet: String(choice.sheet), sheets: sheetList(await xlsxSheets(source)) } }]);
    }
    if (err instanceof TableFileProblem) throw new InvalidFieldsError([{ field: 'file', code: err.code }]);
    if (err instanceof CsvError) throw new InvalidFieldsError([{ field: 'file', code: err.code, params: { line: err.line } }]);
    throw err;
  }
  if (rows.length === 0) {
    throw new InvalidFieldsError([format?.type === 'xlsx'
      ? { field: 'file', code: 'xlsx_sheet_empty', params: { sheet: format.sheet, sheets: sheetList(format.sheets) } }
      : { field: 'file', code: 'file_empty' }]);
  }
  return { format: format!, rows };
}

/** The upload's query: encoding and delimiter are for a CSV, the sheet (by name) for a workbook. */
type UploadQuery = { entity: 'person'; fileName: string; sheet?: string } & Partial<CsvFormat>;

export async function uploadImport(deps: Deps, actor: Actor, q: UploadQuery, body: AsyncIterable<Uint8Array>, locale: Locale): Promise<Import> {
  const db = deps.db.kysely;
  const ws = actor.workspaceId;
  const importId = uuidv7();
  await repo.insertImport(db, { workspace_id: ws, import_id: importId, entity_type: q.entity, file_name: q.fileName, created_by: actor.userId });
  try {
    const hash = createHash('sha256');
    let bytes = 0;
    let chunkNo = 0;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    // Chunks of exactly CHUNK_BYTES (the last one shorter), however the body arrives.
    const flush = async (all: boolean) => {
      let buf = Buffer.concat(pending);
      while (buf.length >= CHUNK_BYTES || (all && buf.length > 0)) {
        await repo.insertChunk(db, ws, importId, chunkNo, buf.subarray(0, CHUNK_BYTES));
        chunkNo += 1;
        buf = buf.subarray(Math.min(CHUNK_BYTES, buf.length));
      }
      pending = buf.length ? [buf] : [];
      pendingBytes = buf.length;
    };
    for await (const part of body) {
      bytes += part.length;
      if (bytes > deps.config.importMaxBytes) throw new AppError(413, 'file_too_large', { field: 'file', params: { limit: deps.config.importMaxBytes.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US') } });
      hash.update(part);
      pending.push(part);
      pendingBytes += part.length;
      if (pendingBytes >= CHUNK_BYTES) await flush(false);
    }
    await flush(true);
    if (bytes === 0) throw new InvalidFieldsError([{ field: 'file', code: 'file_empty' }]);
    const head = await readHead(db, ws, importId, bytes, { encoding: q.encoding, delimiter: q.delimiter, sheet: q.sheet });
    const [header, ...samples] = head.rows.map((r) => r.cells);
    const targets = await targetsFor(db, ws, locale);
    const known = new Set(targets.map((t) => t.key));
    const template = await repo.lastMappingFor(db, ws, header!);
    // The same header row as an earlier import: its settled mapping, as far as its fields still exist.
    const suggested = template && template.length === header!.length
      ? template.map((f, column) => {
        const field = f !== null && known.has(f) ? f : null;
        return { column, field, by: field === null ? null : 'template' as const };
      })
      : suggestMapping(header!, samples, targets);
    const format = head.format;
    await repo.updateImport(db, ws, importId, {
      status: 'uploaded', file_bytes: bytes, file_sha256: hash.digest('hex'), file_type: format.type,
      ...(format.type === 'xlsx' ? { sheet: format.sheet, encoding: null, delimiter: null } : { sheet: null, encoding: format.encoding, delimiter: format.delimiter }),
      headers: header!, mapping: suggested.map((m) => m.field),
    });
    return view(db, ws, importId, locale, { head, targets, by: new Map(suggested.map((m) => [m.column, m.by])) });
  } catch (err) {
    // An upload that did not make it leaves nothing behind.
    await repo.deleteImport(db, ws, importId);
    throw err;
  }
}

/**
 * The import as the API shows it. A caller that has just read the file's head or the targets passes them
 * (with how each suggestion was made), so that they are not read again.
 */
async function view(db: Executor, workspaceId: string, importId: string, locale: Locale, known: { head?: Head; targets?: Target[]; by?: Map<number, 'header' | 'values' | 'template' | null> } = {}): Promise<Import> {
  const r = await foundImport(db, workspaceId, importId);
  // The samples and a workbook's sheet names are not stored: read again from the file's head.
  const head = known.head ?? (await readHead(db, workspaceId, importId, Number(r.file_bytes), choiceOf(r)));
  const samples = head.rows.slice(1).map((row) => row.cells);
  const targets = known.targets ?? (await targetsFor(db, workspaceId, locale));
  const summary = await summaryOf(db, r);
  return {
    ...summary, fileBytes: Number(r.file_bytes), encoding: r.encoding, delimiter: r.delimiter,
    fileType: r.file_type, sheet: r.sheet, sheets: head.format.type === 'xlsx' ? head.format.sheets : [],
    columns: r.headers.map((header, column) => ({ column, header, field: r.mapping[column] ?? null, by: known.by?.get(column) ?? null })),
    samples,
    targets: targets.map((t) => ({ key: t.key, label: t.label })),
    options: importOptionsSchema.parse(r.options),
    preview: (r.preview as Import['preview']) ?? null,
    error: r.error ?? (summary.status === 'failed' ? t(locale, 'import.job_failed') : null), jobRunId: r.job_run_id,
  };
}

/** The import as the history lists it (and the head of the full view). */
export async function summaryOf(db: Executor, r: repo.ImportRow): Promise<ImportSummary> {
  const status = await statusOf(db, r);
  return {
    importId: r.import_id, entity: r.entity_type, status, fileName: r.file_name,
    counts: (r.counts as Import['counts']) ?? null, result: resultOf(r), canUndo: canUndo(r, status),
    createdAt: isoTime(r.created_at), finishedAt: r.finished_at ? isoTime(r.finished_at) : null,
  };
}

/** A check, run or undo whose job has failed for good shows as failed, not as forever under way. */
export async function statusOf(db: Executor, r: repo.ImportRow): Promise<Import['status']> {
  if (!['checking', 'running', 'undoing'].includes(r.status) || !r.job_run_id) return r.status as Import['status'];
  const job = await getJobRun(db, r.workspace_id, r.job_run_id);
  return job.status === 'failed' ? 'failed' : (r.status as Import['status']);
}

/**
 * Whether undo can be asked for: a run that ended (done, cancelled after writing, or failed for good
 * partway) or an undo that failed for good (asked again, it goes on from where it stopped).
 */
export function canUndo(r: repo.ImportRow, status: Import['status']): boolean {
  if (r.status === 'done') return true;
  if (r.status === 'cancelled') return resultOf(r) !== null;
  return status === 'failed' && (r.status === 'running' || r.status === 'undoing');
}

/** What a run wrote, as the API shows it (the undo's own counts stay inside). */
export function resultOf(r: repo.ImportRow): Import['result'] {
  if (!r.result) return null;
  const { rowsDone, created, updated, merged, skipped, invalid } = r.result as Record<string, number>;
  return { rowsDone: rowsDone ?? 0, created: created ?? 0, updated: updated ?? 0, merged: merged ?? 0, skipped: skipped ?? 0, invalid: invalid ?? 0 };
}

export const getImport = (deps: Deps, actor: Actor, importId: string, locale: Locale) => view(deps.db.kysely, actor.workspaceId, importId, locale);
export { view as importView, foundImport };

/** The user's mapping: one entry per column, each field at most once, every field one the import knows. */
export async function setMapping(deps: Deps, actor: Actor, importId: string, fields: (string | null)[], locale: Locale): Promise<Import> {
  const db = deps.db.kysely;
  const r = await foundImport(db, actor.workspaceId, importId);
  if (r.status !== 'uploaded' && r.status !== 'checked') throw new AppError(409, 'import_started');
  const targets = await targetsFor(db, actor.workspaceId, locale);
  const known = new Map(targets.map((t) => [t.key, t.label]));
  const errors = [];
  if (fields.length !== r.headers.length) errors.push({ field: 'fields', code: 'mapping_columns', params: { n: r.headers.length } });
  const seen = new Set<string>();
  for (const [i, f] of fields.entries()) {
    if (f === null) continue;
    if (!known.has(f)) errors.push({ field: `fields.${i}`, code: 'mapping_unknown_field' });
    else if (seen.has(f)) errors.push({ field: `fields.${i}`, code: 'mapping_field_twice', params: { name: known.get(f) } });
    seen.add(f);
  }
  if (errors.length) throw new InvalidFieldsError(errors);
  await repo.updateImport(db, actor.workspaceId, importId, { mapping: fields, status: 'uploaded', counts: null, preview: null, error: null });
  return view(db, actor.workspaceId, importId, locale, { targets });
}

/** Discards an import that has not written anything. */
export async function discardImport(deps: Deps, actor: Actor, importId: string): Promise<void> {
  const r = await repo.findImport(deps.db.kysely, actor.workspaceId, importId);
  if (!r) throw notFound('import');
  // A check that failed for good wrote nothing either.
  const checkFailed = r.status === 'checking' && (await statusOf(deps.db.kysely, r)) === 'failed';
  if (!checkFailed && !['uploading', 'uploaded', 'checked', 'failed', 'cancelled'].includes(r.status)) throw new AppError(409, 'import_started');
  await repo.deleteImport(deps.db.kysely, actor.workspaceId, importId);
}

/** Starts the check with the user's options: counts and first rows of each kind, nothing written. */
export async function startCheck(deps: Deps, queue: Pick<Queue, 'send'>, actor: Actor, importId: string, input: ImportOptionsInput, locale: Locale): Promise<Import> {
  const db = deps.db.kysely;
  const r = await foundImport(db, actor.workspaceId, importId);
  if (!['uploaded', 'checked', 'failed'].includes(await statusOf(db, r))) throw new AppError(409, 'import_started');
  if (!r.mapping.some((f) => f === 'fullName' || f === 'familyName')) throw new InvalidFieldsError([{ field: 'fields', code: 'mapping_needs_name' }]);
  const options = importOptionsSchema.parse(input);
  await repo.updateImport(db, actor.workspaceId, importId, { status: 'checking', options, counts: null, preview: null, error: null });
  const jobRunId = await startJob(deps, queue, IMPORT_CHECK_JOB, actor.workspaceId, { importId, locale }, { createdBy: actor.userId });
  await repo.updateImport(db, actor.workspaceId, importId, { job_run_id: jobRunId });
  return view(db, actor.workspaceId, importId, locale);
}

/** The invalid rows found by the check, as a file of the uploaded file's kind: a workbook, or a CSV in its encoding (see invalidRowsFile). */
export async function invalidRows(deps: Deps, actor: Actor, importId: string, locale: Locale): Promise<Download> {
  const r = await foundImport(deps.db.kysely, actor.workspaceId, importId);
  if (!r.counts) throw new AppError(409, 'import_not_checked');
  const name = `${r.file_name.replace(/\.[^.]*$/u, '')}${t(locale, 'import.invalid_rows_suffix')}`;
  const body = invalidRowsFile(deps, r, await listFields(deps.db.kysely, actor.workspaceId, 'person'), locale, t(locale, 'import.reason_column'), (line) => t(locale, 'import.line', { line }));
  return r.file_type === 'xlsx'
    ? { type: 'xlsx', fileName: `${name}.xlsx`, fallbackName: 'invalid-rows.xlsx', body }
    : { fileName: `${name}.csv`, fallbackName: 'invalid-rows.csv', encoding: r.encoding!, body };
}
