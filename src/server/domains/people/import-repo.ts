// SQL of a file import's writes and their undo, set-based: each statement takes a whole batch as one jsonb
// parameter (jsonb_to_recordset), so a batch of thousands of rows costs a handful of round trips and no
// statement runs into the bind-parameter limit.
import { sql, type Executor, type RawBuilder } from '../../platform/db/index.ts';

type Row = Record<string, unknown>;

/** The rows as a record set with these typed columns; names come from the constant lists below, never from input. */
function recordset(rows: Row[], columns: Record<string, string>): RawBuilder<unknown> {
  const defs = Object.entries(columns).map(([c, type]) => `${c} ${type}`).join(', ');
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${sql.raw(defs)})`;
}
const names = (columns: Record<string, string>) => sql.raw(Object.keys(columns).join(', '));
const fromV = (columns: Record<string, string>) => sql.raw(Object.keys(columns).map((c) => `v.${c}`).join(', '));

/** What an import writes on a person row (with workspace_id, person_id). */
export const PERSON_WRITE_COLUMNS: Record<string, string> = {
  family_name: 'text', given_name: 'text', family_name_kana: 'text', given_name_kana: 'text', birthday: 'date', gender: 'text',
  postal_code: 'text', prefecture: 'text', city: 'text', address_line: 'text', building: 'text', company_id: 'uuid', job_title: 'text',
  department: 'text', member_number: 'text', source: 'text', family_notes: 'text', interests: 'text', custom: 'jsonb',
  search_key: 'text', search_bigrams: 'text[]', kana_key: 'text', name_key: 'text', email: 'text', phone: 'text',
  lifecycle_stage: 'text', lifecycle_changed_at: 'timestamptz',
};
const NEW_PERSON: Record<string, string> = { workspace_id: 'uuid', person_id: 'uuid', ...PERSON_WRITE_COLUMNS };
// Read back as text: an undo writes back exactly what it read (a Date would lose the microseconds).
const AS_TEXT = new Set(['birthday', 'lifecycle_changed_at']);

export async function insertPeople(db: Executor, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  await sql`insert into people (${names(NEW_PERSON)}) select ${fromV(NEW_PERSON)} from ${recordset(rows, NEW_PERSON)}`.execute(db);
}

/**
 * Writes whole rows (every write column) with the version and time given: an import's change (version + 1,
 * now) or its undo (the version and time from before it).
 */
export async function writePeople(db: Executor, workspaceId: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = { person_id: 'uuid', ...PERSON_WRITE_COLUMNS, version: 'integer', updated_at: 'timestamptz' };
  const assign = sql.raw(Object.keys(columns).filter((c) => c !== 'person_id').map((c) => `${c} = v.${c}`).join(', '));
  await sql`update people p set ${assign} from ${recordset(rows, columns)}
    where p.workspace_id = ${workspaceId} and p.person_id = v.person_id`.execute(db);
}

/**
 * The live records with these ids, locked until the batch commits so that an edit made meanwhile is not
 * lost, with their company's name. Dates and times as text: an undo writes back exactly what it read.
 */
export async function peopleForUpdate(db: Executor, workspaceId: string, ids: string[]) {
  if (!ids.length) return [];
  const cols = sql.raw(Object.keys(PERSON_WRITE_COLUMNS).map((c) => (AS_TEXT.has(c) ? `p.${c}::text as ${c}` : `p.${c}`)).join(', '));
  const r = await sql<Row & { person_id: string; version: number; updated_at: string; company_name: string | null; deleted: boolean }>`
    select p.person_id, ${cols}, p.version, p.updated_at::text as updated_at, c.name as company_name, p.deleted_at is not null as deleted
    from people p left join companies c on c.workspace_id = p.workspace_id and c.company_id = p.company_id
    where p.workspace_id = ${workspaceId} and p.person_id = any(${ids}::uuid[])
    order by p.person_id
    for update of p`.execute(db);
  return r.rows;
}

export async function contactsOf(db: Executor, workspaceId: string, ids: string[]) {
  if (!ids.length) return { emails: [], phones: [], tags: [] };
  const [emails, phones, tags] = await Promise.all([
    sql<{ person_id: string; email: string; email_key: string }>`select person_id, email, email_key from person_emails
      where workspace_id = ${workspaceId} and person_id = any(${ids}::uuid[]) order by person_id, position`.execute(db),
    sql<{ person_id: string; e164: string; display: string }>`select person_id, e164, display from person_phones
      where workspace_id = ${workspaceId} and person_id = any(${ids}::uuid[]) order by person_id, position`.execute(db),
    sql<{ person_id: string; name_key: string }>`select pt.person_id, t.name_key from person_tags pt
      join tags t on t.workspace_id = pt.workspace_id and t.tag_id = pt.tag_id
      where pt.workspace_id = ${workspaceId} and pt.person_id = any(${ids}::uuid[])`.execute(db),
  ]);
  return { emails: emails.rows, phones: phones.rows, tags: tags.rows };
}

const EMAIL = { workspace_id: 'uuid', person_id: 'uuid', email_id: 'uuid', email: 'text', email_key: 'text', is_primary: 'boolean', position: 'integer' };
const PHONE = { workspace_id: 'uuid', person_id: 'uuid', phone_id: 'uuid', e164: 'text', display: 'text', is_primary: 'boolean', position: 'integer' };
const PERSON_TAG = { workspace_id: 'uuid', person_id: 'uuid', tag_id: 'uuid' };
const NOTE = { workspace_id: 'uuid', note_id: 'uuid', person_id: 'uuid', author_user_id: 'uuid', author_label: 'text', body: 'text', noted_on: 'date' };
const STAGE = { workspace_id: 'uuid', change_id: 'uuid', person_id: 'uuid', from_stage: 'text', to_stage: 'text', changed_at: 'timestamptz', changed_by: 'uuid' };

async function insertAll(db: Executor, table: string, columns: Record<string, string>, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  await sql`insert into ${sql.table(table)} (${names(columns)}) select ${fromV(columns)} from ${recordset(rows, columns)}`.execute(db);
}
export const insertEmails = (db: Executor, rows: Row[]) => insertAll(db, 'person_emails', EMAIL, rows);
export const insertPhones = (db: Executor, rows: Row[]) => insertAll(db, 'person_phones', PHONE, rows);
export const insertPersonTags = (db: Executor, rows: Row[]) => insertAll(db, 'person_tags', PERSON_TAG, rows);
export const insertNotes = (db: Executor, rows: Row[]) => insertAll(db, 'person_notes', NOTE, rows);
export const insertStages = (db: Executor, rows: Row[]) => insertAll(db, 'lifecycle_changes', STAGE, rows);

/** The tags with these keys, created when missing; returns every id by key and which ids are new. */
export async function ensureTags(db: Executor, workspaceId: string, tags: { tag_id: string; name: string; name_key: string }[]) {
  if (!tags.length) return { ids: new Map<string, string>(), created: [] as string[] };
  const columns = { tag_id: 'uuid', name: 'text', name_key: 'text' };
  const inserted = await sql<{ tag_id: string }>`insert into tags (workspace_id, tag_id, name, name_key)
    select ${workspaceId}, v.tag_id, v.name, v.name_key from ${recordset(tags, columns)}
    on conflict (workspace_id, name_key) do nothing returning tag_id`.execute(db);
  const all = await sql<{ tag_id: string; name_key: string }>`select tag_id, name_key from tags
    where workspace_id = ${workspaceId} and name_key = any(${tags.map((t) => t.name_key)}::text[])`.execute(db);
  return { ids: new Map(all.rows.map((r) => [r.name_key, r.tag_id])), created: inserted.rows.map((r) => r.tag_id) };
}

// Undo.

export async function deleteByIds(db: Executor, table: 'person_emails' | 'person_phones' | 'person_notes' | 'lifecycle_changes', idColumn: string, workspaceId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await sql`delete from ${sql.table(table)} where workspace_id = ${workspaceId} and ${sql.ref(idColumn)} = any(${ids}::uuid[])`.execute(db);
}

export async function deletePersonTags(db: Executor, workspaceId: string, pairs: { person_id: string; tag_id: string }[]): Promise<void> {
  if (!pairs.length) return;
  await sql`delete from person_tags t using ${recordset(pairs, { person_id: 'uuid', tag_id: 'uuid' })}
    where t.workspace_id = ${workspaceId} and t.person_id = v.person_id and t.tag_id = v.tag_id`.execute(db);
}

/** Of these people, those some other domain's rows point at (orders, activities, …): removing them would take those rows too. */
export async function referencedElsewhere(db: Executor, workspaceId: string, ids: string[], tables: { table: string; personColumn: string }[]): Promise<Set<string>> {
  if (!ids.length || !tables.length) return new Set();
  const parts = tables.map((t) => sql`select ${sql.ref(t.personColumn)}::uuid as person_id from ${sql.table(t.table)}
    where workspace_id = ${workspaceId} and ${sql.ref(t.personColumn)} = any(${ids}::uuid[])`);
  const r = await sql<{ person_id: string }>`${sql.join(parts, sql` union `)}`.execute(db);
  return new Set(r.rows.map((x) => x.person_id));
}

/** Removes people for good: their emails, phones, tags, notes and stage history go with them (on delete cascade). */
export async function deletePeople(db: Executor, workspaceId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await sql`delete from people where workspace_id = ${workspaceId} and person_id = any(${ids}::uuid[])`.execute(db);
}

export async function hidePeople(db: Executor, workspaceId: string, ids: string[], at: Date): Promise<void> {
  if (!ids.length) return;
  await sql`update people set deleted_at = ${at}, version = version + 1, updated_at = now()
    where workspace_id = ${workspaceId} and person_id = any(${ids}::uuid[]) and deleted_at is null`.execute(db);
}

/** Tags an import created that nobody carries any more. */
export async function deleteUnusedTags(db: Executor, workspaceId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await sql`delete from tags t where t.workspace_id = ${workspaceId} and t.tag_id = any(${ids}::uuid[])
    and not exists (select 1 from person_tags pt where pt.workspace_id = t.workspace_id and pt.tag_id = t.tag_id)`.execute(db);
}
