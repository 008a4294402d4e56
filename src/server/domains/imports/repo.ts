// imports, import_file_chunks and import_changes. A file is read back one chunk per query, so that
// reading a large one holds one chunk in memory, not the file.
import { sql, type Executor } from '../../platform/db/index.ts';

export type ImportStatus = 'uploading' | 'uploaded' | 'checking' | 'checked' | 'running' | 'done' | 'failed' | 'cancelled' | 'undoing' | 'undone';

export interface ImportRow {
  workspace_id: string; import_id: string; entity_type: 'person'; status: ImportStatus; file_name: string; file_bytes: string | number;
  file_sha256: string | null; encoding: 'utf-8' | 'cp932' | null; delimiter: ',' | '\t' | ';' | null; headers: string[]; mapping: (string | null)[];
  options: Record<string, unknown>; counts: Record<string, number> | null; preview: Record<string, unknown[]> | null; job_run_id: string | null; error: string | null;
  created_by: string | null; created_at: Date; updated_at: Date; finished_at: Date | null;
  file_type: 'csv' | 'xlsx'; sheet: string | null; result: Record<string, unknown> | null;
}

export async function insertImport(db: Executor, row: { workspace_id: string; import_id: string; entity_type: string; file_name: string; created_by: string | null }): Promise<void> {
  await db.insertInto('imports').values({ ...row, status: 'uploading' }).execute();
}

export async function insertChunk(db: Executor, workspaceId: string, importId: string, chunkNo: number, bytes: Uint8Array): Promise<void> {
  await db.insertInto('import_file_chunks').values({ workspace_id: workspaceId, import_id: importId, chunk_no: chunkNo, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }).execute();
}

/** One chunk of the file, or undefined past its end. */
export async function chunkAt(db: Executor, workspaceId: string, importId: string, chunkNo: number): Promise<Uint8Array | undefined> {
  const r = await db.selectFrom('import_file_chunks').select('bytes')
    .where('workspace_id', '=', workspaceId).where('import_id', '=', importId).where('chunk_no', '=', chunkNo).executeTakeFirst() as { bytes: Uint8Array } | undefined;
  return r?.bytes;
}

export async function updateImport(db: Executor, workspaceId: string, importId: string, set: Partial<Omit<ImportRow, 'workspace_id' | 'import_id' | 'headers' | 'mapping' | 'options' | 'counts' | 'preview' | 'result'>> & {
  headers?: string[]; mapping?: (string | null)[]; options?: object; counts?: Record<string, number> | null; preview?: object | null; result?: object | null;
}): Promise<void> {
  const values: Record<string, unknown> = { ...set, updated_at: sql`now()` };
  for (const k of ['headers', 'mapping', 'options', 'counts', 'preview', 'result'] as const) if (set[k] !== undefined) values[k] = set[k] === null ? null : JSON.stringify(set[k]);
  await db.updateTable('imports').set(values).where('workspace_id', '=', workspaceId).where('import_id', '=', importId).execute();
}

export async function findImport(db: Executor, workspaceId: string, importId: string): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').selectAll().where('workspace_id', '=', workspaceId).where('import_id', '=', importId).executeTakeFirst() as Promise<ImportRow | undefined>;
}

/** The workspace's imports, newest first, keyset-paged by id (ids are time-ordered). */
export async function listImports(db: Executor, workspaceId: string, before: string | null, limit: number): Promise<ImportRow[]> {
  let q = db.selectFrom('imports').selectAll().where('workspace_id', '=', workspaceId).where('status', '<>', 'uploading');
  if (before) q = q.where('import_id', '<', before);
  return q.orderBy('import_id', 'desc').limit(limit).execute() as Promise<ImportRow[]>;
}

export async function deleteImport(db: Executor, workspaceId: string, importId: string): Promise<void> {
  await db.deleteFrom('imports').where('workspace_id', '=', workspaceId).where('import_id', '=', importId).execute();
}

/** The import, locked until the transaction ends: a run's batch and a cancel never cross. */
export async function lockImport(db: Executor, workspaceId: string, importId: string): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').selectAll().where('workspace_id', '=', workspaceId).where('import_id', '=', importId).forUpdate().executeTakeFirst() as Promise<ImportRow | undefined>;
}

/** Moves an import from one status to another if it is still in the first; false when it was not. */
export async function moveStatus(db: Executor, workspaceId: string, importId: string, from: ImportStatus[], to: ImportStatus, set: { job_run_id?: string; finished_at?: Date | null; result?: object } = {}): Promise<boolean> {
  const r = await db.updateTable('imports').set({ status: to, updated_at: sql`now()`, ...set, ...(set.result ? { result: JSON.stringify(set.result) } : {}) })
    .where('workspace_id', '=', workspaceId).where('import_id', '=', importId).where('status', 'in', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The last import of the workspace with this very header row and a settled mapping: its mapping is the template for the next. */
export async function lastMappingFor(db: Executor, workspaceId: string, headers: string[]): Promise<(string | null)[] | undefined> {
  const r = await sql<{ mapping: (string | null)[] }>`select mapping from imports
    where workspace_id = ${workspaceId} and headers = ${JSON.stringify(headers)}::jsonb and status in ('checked', 'running', 'done', 'cancelled', 'undone')
    order by import_id desc limit 1`.execute(db);
  return r.rows[0]?.mapping;
}

export interface ChangeRow { record_id: string; record_type: 'person' | 'company' | 'tag'; change: 'created' | 'updated'; before: Record<string, unknown> | null }

/**
 * Keeps what undo needs. A record met again in a later batch keeps its first entry: created stays created;
 * an update keeps its first `before` and gathers the later `after` values and added ids.
 */
export async function insertChanges(db: Executor, workspaceId: string, importId: string, rows: ChangeRow[]): Promise<void> {
  if (!rows.length) return;
  await sql`insert into import_changes (workspace_id, import_id, record_id, record_type, change, before)
    select ${workspaceId}, ${importId}, v.record_id, v.record_type, v.change, v.before
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(record_id uuid, record_type text, change text, before jsonb)
    on conflict (workspace_id, import_id, record_id) do update set before = case when import_changes.change = 'created' then import_changes.before else jsonb_build_object(
      'personId', import_changes.before->'personId',
      'before', import_changes.before->'before',
      'after', (import_changes.before->'after') || (excluded.before->'after'),
      'emailIds', (import_changes.before->'emailIds') || (excluded.before->'emailIds'),
      'phoneIds', (import_changes.before->'phoneIds') || (excluded.before->'phoneIds'),
      'tagIds', (import_changes.before->'tagIds') || (excluded.before->'tagIds'),
      'noteIds', (import_changes.before->'noteIds') || (excluded.before->'noteIds')) end`.execute(db);
}

/** Of these people, the ones this import created. */
export async function createdAmong(db: Executor, workspaceId: string, importId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const r = await sql<{ record_id: string }>`select record_id from import_changes
    where workspace_id = ${workspaceId} and import_id = ${importId} and record_id = any(${ids}::uuid[]) and change = 'created'`.execute(db);
  return new Set(r.rows.map((x) => x.record_id));
}

/** The next changes of one kind still to undo. */
export async function nextChanges(db: Executor, workspaceId: string, importId: string, recordType: ChangeRow['record_type'], limit: number): Promise<ChangeRow[]> {
  return db.selectFrom('import_changes').select(['record_id', 'record_type', 'change', 'before'])
    .where('workspace_id', '=', workspaceId).where('import_id', '=', importId).where('record_type', '=', recordType)
    .orderBy('record_id').limit(limit).execute() as Promise<ChangeRow[]>;
}

export async function deleteChanges(db: Executor, workspaceId: string, importId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await sql`delete from import_changes where workspace_id = ${workspaceId} and import_id = ${importId} and record_id = any(${ids}::uuid[])`.execute(db);
}
