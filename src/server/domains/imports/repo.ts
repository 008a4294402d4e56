// imports, import_file_chunks and import_changes. A file is read back one chunk per query, so that
// reading a large one holds one chunk in memory, not the file.
import { sql, type Executor } from '../../platform/db/index.ts';

export type ImportStatus = 'uploading' | 'uploaded' | 'checking' | 'checked' | 'running' | 'done' | 'failed' | 'cancelled' | 'undoing' | 'undone';

export interface ImportRow {
  workspace_id: string; import_id: string; entity_type: 'person'; status: ImportStatus; file_name: string; file_bytes: string | number;
  file_sha256: string | null; encoding: 'utf-8' | 'cp932' | null; delimiter: ',' | '\t' | ';' | null; headers: string[]; mapping: (string | null)[];
  options: Record<string, unknown>; counts: Record<string, number> | null; preview: Record<string, unknown[]> | null; job_run_id: string | null; error: string | null;
  created_by: string | null; created_at: Date; updated_at: Date; finished_at: Date | null;
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

export async function updateImport(db: Executor, workspaceId: string, importId: string, set: Partial<Omit<ImportRow, 'workspace_id' | 'import_id' | 'headers' | 'mapping' | 'options' | 'counts' | 'preview'>> & {
  headers?: string[]; mapping?: (string | null)[]; options?: object; counts?: Record<string, number> | null; preview?: object | null;
}): Promise<void> {
  const values: Record<string, unknown> = { ...set, updated_at: sql`now()` };
  for (const k of ['headers', 'mapping', 'options', 'counts', 'preview'] as const) if (set[k] !== undefined) values[k] = set[k] === null ? null : JSON.stringify(set[k]);
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
