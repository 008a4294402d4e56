// people: bulk inserts of records and their emails and phones, and the tags in use.
import type { Executor } from '../../platform/db/index.ts';

export interface PersonInsert {
  workspace_id: string; person_id: string; family_name: string; given_name: string | null;
  family_name_kana: string | null; given_name_kana: string | null; email: string | null; phone: string | null;
  birthday: string | null; gender: string | null; postal_code: string | null; prefecture: string | null; city: string | null;
  address_line: string | null; building: string | null; company_id: string | null; job_title: string | null;
  lifecycle_stage: string; source: string | null; member_number?: string | null; lifecycle_changed_at?: Date; search_key: string; search_bigrams: string[]; kana_key: string; name_key: string;
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

/** Tags with how many (not deleted) people carry each, for suggestions and filters. */
export async function listTags(db: Executor, workspaceId: string) {
  return db.selectFrom('tags as t')
    .select(['t.tag_id', 't.name'])
    .select((eb) => eb.selectFrom('person_tags as pt').innerJoin('people as p', (j) => j.onRef('p.workspace_id', '=', 'pt.workspace_id').onRef('p.person_id', '=', 'pt.person_id'))
      .select(eb.fn.countAll<number>().as('n')).whereRef('pt.workspace_id', '=', 't.workspace_id').whereRef('pt.tag_id', '=', 't.tag_id').where('p.deleted_at', 'is', null).as('people'))
    .where('t.workspace_id', '=', workspaceId).orderBy('t.name').limit(2000).execute() as Promise<{ tag_id: string; name: string; people: number }[]>;
}
