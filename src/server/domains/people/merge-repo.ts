// SQL for merging people: generic over the registered reference tables. Table and column names come
// from the registry (code), never from input; values are always bound.
import { sql, type Executor } from '../../platform/db/index.ts';
import type { PersonReference } from './references.ts';

type Row = Record<string, unknown>;

/** Every row of a reference table that points at `personId`, whole (an undo puts them back as they were). */
export async function rowsOf(db: Executor, ref: PersonReference, workspaceId: string, personId: string): Promise<Row[]> {
  const r = await sql<Row>`select * from ${sql.table(ref.table)} where workspace_id = ${workspaceId} and ${sql.ref(ref.personColumn)} = ${personId}`.execute(db);
  return r.rows;
}

/** Of `rows` (the merged person's), those that would collide with the survivor's on the unique columns. */
export async function colliding(db: Executor, ref: PersonReference, workspaceId: string, rows: Row[], survivorId: string): Promise<Row[]> {
  if (!ref.uniqueWith || !rows.length) return [];
  const theirs = await rowsOf(db, ref, workspaceId, survivorId);
  const sig = (r: Row) => JSON.stringify(ref.uniqueWith!.map((c) => r[c]));
  const taken = new Set(theirs.map(sig));
  return rows.filter((r) => taken.has(sig(r)));
}

/** Deletes rows by key; `personId` stands in for the person column when the key includes it. */
export async function deleteRows(db: Executor, ref: PersonReference, workspaceId: string, rows: Row[], personId: string): Promise<void> {
  for (const row of rows) {
    const match = sql.join(ref.key.map((c) => sql`${sql.ref(c)} = ${c === ref.personColumn ? personId : row[c]}`), sql` and `);
    await sql`delete from ${sql.table(ref.table)} where workspace_id = ${workspaceId} and ${match}`.execute(db);
  }
}

export async function insertRows(db: Executor, table: string, rows: Row[]): Promise<void> {
  // jsonb and timestamps come back as JS values; they go in again as they came.
  const values = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v])));
  if (values.length) await db.insertInto(table).values(values).execute();
}

export async function moveRows(db: Executor, ref: PersonReference, workspaceId: string, from: string, to: string): Promise<void> {
  await sql`update ${sql.table(ref.table)} set ${sql.ref(ref.personColumn)} = ${to}
            where workspace_id = ${workspaceId} and ${sql.ref(ref.personColumn)} = ${from}`.execute(db);
}

export async function personRow(db: Executor, workspaceId: string, personId: string): Promise<Row | undefined> {
  return db.selectFrom('people').selectAll().where('workspace_id', '=', workspaceId).where('person_id', '=', personId).forUpdate().executeTakeFirst() as Promise<Row | undefined>;
}

/** Writes a person row back as it was (for undo), with a new version so open editors see the change. */
export async function restorePersonRow(db: Executor, row: Row): Promise<void> {
  const { workspace_id: ws, person_id: id, version, custom, ...rest } = row;
  await db.updateTable('people').set({ ...rest, custom: JSON.stringify(custom ?? {}), version: sql`greatest(version, ${Number(version)}) + 1` })
    .where('workspace_id', '=', String(ws)).where('person_id', '=', String(id)).execute();
}

/** The survivor takes the merged values; the merged person is hidden and points at the survivor. */
export async function applyMerge(db: Executor, workspaceId: string, survivorId: string, mergedId: string, values: Row, at: Date): Promise<void> {
  await db.updateTable('people').set({ ...values, custom: JSON.stringify(values.custom ?? {}), version: sql`version + 1`, updated_at: at })
    .where('workspace_id', '=', workspaceId).where('person_id', '=', survivorId).execute();
  await db.updateTable('people').set({ deleted_at: at, merged_into: survivorId, version: sql`version + 1` })
    .where('workspace_id', '=', workspaceId).where('person_id', '=', mergedId).execute();
}

/** After a merge the survivor's primary email and phone stay primary; the merged person's follow them. */
export async function demoteMoved(db: Executor, workspaceId: string, personId: string, emailIds: string[], phoneIds: string[]): Promise<void> {
  if (emailIds.length) {
    await db.updateTable('person_emails').set({ is_primary: false, position: sql`position + 100` })
      .where('workspace_id', '=', workspaceId).where('person_id', '=', personId).where('email_id', 'in', emailIds).execute();
  }
  if (phoneIds.length) {
    await db.updateTable('person_phones').set({ is_primary: false, position: sql`position + 100` })
      .where('workspace_id', '=', workspaceId).where('person_id', '=', personId).where('phone_id', 'in', phoneIds).execute();
  }
}

export async function insertMerge(db: Executor, row: { workspace_id: string; merge_id: string; survivor_id: string; merged_id: string; snapshot: unknown; moved: unknown; merged_by: string | null }): Promise<void> {
  await db.insertInto('person_merges').values({ ...row, snapshot: JSON.stringify(row.snapshot), moved: JSON.stringify(row.moved) }).execute();
}

export async function findMerge(db: Executor, workspaceId: string, mergeId: string) {
  return db.selectFrom('person_merges').selectAll().where('workspace_id', '=', workspaceId).where('merge_id', '=', mergeId).forUpdate()
    .executeTakeFirst() as Promise<{ survivor_id: string; merged_id: string; snapshot: { survivor: Row; merged: Row }; moved: Record<string, { moved: Row[]; removed: Row[] }>; undone_at: Date | null } | undefined>;
}

export async function markMergeUndone(db: Executor, workspaceId: string, mergeId: string, at: Date): Promise<void> {
  await db.updateTable('person_merges').set({ undone_at: at }).where('workspace_id', '=', workspaceId).where('merge_id', '=', mergeId).execute();
}
