// people: the customer records. Lists page by primary key (newest first, UUIDv7 ids are time-ordered).
import type { Executor } from '../../platform/db/index.ts';

export interface PersonInsert {
  workspace_id: string; person_id: string; family_name: string; given_name: string | null;
  family_name_kana: string | null; given_name_kana: string | null; email: string | null; phone: string | null;
  birthday: string | null; gender: string | null; postal_code: string | null; prefecture: string | null; city: string | null;
  address_line: string | null; building: string | null; company_id: string | null; job_title: string | null;
  lifecycle_stage: string; source: string | null; search_key: string; kana_key: string; name_key: string;
}
export interface EmailInsert { workspace_id: string; person_id: string; email_id: string; email: string; email_key: string; is_primary: boolean; position: number }
export interface PhoneInsert { workspace_id: string; person_id: string; phone_id: string; e164: string; display: string; is_primary: boolean; position: number }

/** Inserts what is not there yet: a retried batch with the same ids changes nothing. */
export async function insertPeople(db: Executor, rows: PersonInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('people').values(rows).onConflict((oc) => oc.columns(['workspace_id', 'person_id']).doNothing()).execute();
}

export async function insertEmails(db: Executor, rows: EmailInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('person_emails').values(rows).onConflict((oc) => oc.columns(['workspace_id', 'email_id']).doNothing()).execute();
}

export async function insertPhones(db: Executor, rows: PhoneInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('person_phones').values(rows).onConflict((oc) => oc.columns(['workspace_id', 'phone_id']).doNothing()).execute();
}

export interface PersonListRow {
  person_id: string; family_name: string; given_name: string | null; family_name_kana: string | null; given_name_kana: string | null;
  email: string | null; phone: string | null; prefecture: string | null; city: string | null; company_name: string | null;
}

/** LIKE pattern that matches `key` anywhere, with LIKE's own wildcards in it taken literally. */
const containing = (key: string) => `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listPeople(db: Executor, workspaceId: string, limit: number, beforeId: string | undefined, searchKey?: string): Promise<PersonListRow[]> {
  let q = db.selectFrom('people as p')
    .leftJoin('companies as c', (j) => j.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.company_id', '=', 'p.company_id'))
    .select(['p.person_id', 'p.family_name', 'p.given_name', 'p.family_name_kana', 'p.given_name_kana', 'p.email', 'p.phone',
      'p.prefecture', 'p.city', 'c.name as company_name'])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.deleted_at', 'is', null);
  if (searchKey) q = q.where('p.search_key', 'like', containing(searchKey));
  if (beforeId) q = q.where('p.person_id', '<', beforeId);
  return q.orderBy('p.person_id', 'desc').limit(limit).execute() as Promise<PersonListRow[]>;
}

export async function countPeople(db: Executor, workspaceId: string, searchKey?: string): Promise<number> {
  let q = db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null);
  if (searchKey) q = q.where('search_key', 'like', containing(searchKey));
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}
