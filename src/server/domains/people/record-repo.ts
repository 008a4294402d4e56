// One person's record across people, person_emails, person_phones, person_tags and lifecycle_changes.
import { sql, type Executor } from '../../platform/db/index.ts';
import type { PreparedEmail, PreparedPhone } from './rules.ts';

export interface PersonRow {
  workspace_id: string; person_id: string; version: number; family_name: string; given_name: string | null;
  family_name_kana: string | null; given_name_kana: string | null; email: string | null; phone: string | null;
  birthday: string | Date | null; gender: string | null; postal_code: string | null; prefecture: string | null; city: string | null;
  address_line: string | null; building: string | null; company_id: string | null; company_name: string | null; job_title: string | null;
  department: string | null; member_number: string | null; preferred_channel: string | null; source: string | null;
  owner_user_id: string | null; lifecycle_stage: string; lifecycle_changed_at: Date; family_notes: string | null; interests: string | null;
  custom: Record<string, unknown> | null; created_at: Date; updated_at: Date; deleted_at: Date | null;
}

export async function insertPerson(db: Executor, row: Record<string, unknown>): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

/** Optimistic update: applies only if the stored version is the one the editor saw. */
export async function updatePersonAtVersion(db: Executor, workspaceId: string, personId: string, version: number, values: Record<string, unknown>): Promise<boolean> {
  const r = await db.updateTable('people')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId).where('person_id', '=', personId).where('version', '=', version).where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Keys and primary contacts computed from the rest of the record; not a user edit, so no new version. */
export async function setDerived(db: Executor, workspaceId: string, personId: string, v: { search_key: string; search_bigrams: string[]; kana_key: string; name_key: string; email: string | null; phone: string | null }): Promise<void> {
  await db.updateTable('people').set(v).where('workspace_id', '=', workspaceId).where('person_id', '=', personId).execute();
}

export async function findPerson(db: Executor, workspaceId: string, personId: string, opts: { withDeleted?: boolean; forUpdate?: boolean } = {}): Promise<PersonRow | undefined> {
  let q = db.selectFrom('people as p')
    .leftJoin('companies as c', (j) => j.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.company_id', '=', 'p.company_id'))
    .selectAll('p').select('c.name as company_name')
    .where('p.workspace_id', '=', workspaceId).where('p.person_id', '=', personId);
  if (!opts.withDeleted) q = q.where('p.deleted_at', 'is', null);
  if (opts.forUpdate) q = q.forUpdate('p');
  return q.executeTakeFirst() as Promise<PersonRow | undefined>;
}

export async function setDeleted(db: Executor, workspaceId: string, personId: string, deletedAt: Date | null): Promise<boolean> {
  const r = await db.updateTable('people').set({ deleted_at: deletedAt, version: sql`version + 1`, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId).where('person_id', '=', personId)
    .where('deleted_at', deletedAt ? 'is' : 'is not', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function emailsOf(db: Executor, workspaceId: string, personId: string) {
  return db.selectFrom('person_emails').select(['email_id', 'email', 'email_key', 'label', 'is_primary'])
    .where('workspace_id', '=', workspaceId).where('person_id', '=', personId).orderBy('position').execute() as
    Promise<{ email_id: string; email: string; email_key: string; label: string | null; is_primary: boolean }[]>;
}

export async function phonesOf(db: Executor, workspaceId: string, personId: string) {
  return db.selectFrom('person_phones').select(['phone_id', 'e164', 'display', 'label', 'is_primary'])
    .where('workspace_id', '=', workspaceId).where('person_id', '=', personId).orderBy('position').execute() as
    Promise<{ phone_id: string; e164: string; display: string; label: string | null; is_primary: boolean }[]>;
}

export async function replaceEmails(db: Executor, workspaceId: string, personId: string, emails: (PreparedEmail & { emailId: string })[]): Promise<void> {
  await db.deleteFrom('person_emails').where('workspace_id', '=', workspaceId).where('person_id', '=', personId).execute();
  if (!emails.length) return;
  await db.insertInto('person_emails').values(emails.map((e, position) => ({
    workspace_id: workspaceId, person_id: personId, email_id: e.emailId, email: e.email, email_key: e.emailKey, label: e.label, is_primary: e.isPrimary, position,
  }))).execute();
}

export async function replacePhones(db: Executor, workspaceId: string, personId: string, phones: (PreparedPhone & { phoneId: string })[]): Promise<void> {
  await db.deleteFrom('person_phones').where('workspace_id', '=', workspaceId).where('person_id', '=', personId).execute();
  if (!phones.length) return;
  await db.insertInto('person_phones').values(phones.map((p, position) => ({
    workspace_id: workspaceId, person_id: personId, phone_id: p.phoneId, e164: p.e164, display: p.display, label: p.label, is_primary: p.isPrimary, position,
  }))).execute();
}

/** The tags with these keys, created if new; returns tag ids in the given order. */
export async function ensureTags(db: Executor, workspaceId: string, tags: { tagId: string; name: string; nameKey: string }[]): Promise<string[]> {
  if (!tags.length) return [];
  await db.insertInto('tags').values(tags.map((t) => ({ workspace_id: workspaceId, tag_id: t.tagId, name: t.name, name_key: t.nameKey })))
    .onConflict((oc) => oc.columns(['workspace_id', 'name_key']).doNothing()).execute();
  const rows = await db.selectFrom('tags').select(['tag_id', 'name_key']).where('workspace_id', '=', workspaceId)
    .where('name_key', 'in', tags.map((t) => t.nameKey)).execute() as { tag_id: string; name_key: string }[];
  const byKey = new Map(rows.map((r) => [r.name_key, r.tag_id]));
  return tags.map((t) => byKey.get(t.nameKey)!);
}

export async function setPersonTags(db: Executor, workspaceId: string, personId: string, tagIds: string[]): Promise<void> {
  await db.deleteFrom('person_tags').where('workspace_id', '=', workspaceId).where('person_id', '=', personId).execute();
  if (!tagIds.length) return;
  await db.insertInto('person_tags').values(tagIds.map((tag_id) => ({ workspace_id: workspaceId, person_id: personId, tag_id })))
    .onConflict((oc) => oc.doNothing()).execute();
}

export async function tagsOf(db: Executor, workspaceId: string, personId: string): Promise<string[]> {
  const rows = await db.selectFrom('person_tags as pt').innerJoin('tags as t', (j) => j.onRef('t.workspace_id', '=', 'pt.workspace_id').onRef('t.tag_id', '=', 'pt.tag_id'))
    .select('t.name').where('pt.workspace_id', '=', workspaceId).where('pt.person_id', '=', personId).orderBy('t.name').execute() as { name: string }[];
  return rows.map((r) => r.name);
}

export async function accountsOf(db: Executor, workspaceId: string, personId: string) {
  return db.selectFrom('person_accounts').select(['service', 'handle']).where('workspace_id', '=', workspaceId).where('person_id', '=', personId)
    .orderBy('account_id').execute() as Promise<{ service: string; handle: string }[]>;
}

export async function replaceAccounts(db: Executor, workspaceId: string, personId: string, accounts: { accountId: string; service: string; handle: string }[]): Promise<void> {
  await db.deleteFrom('person_accounts').where('workspace_id', '=', workspaceId).where('person_id', '=', personId).execute();
  if (!accounts.length) return;
  await db.insertInto('person_accounts').values(accounts.map((a) => ({ workspace_id: workspaceId, person_id: personId, account_id: a.accountId, service: a.service, handle: a.handle }))).execute();
}

export async function lifecycleHistoryOf(db: Executor, workspaceId: string, personId: string) {
  return db.selectFrom('lifecycle_changes').select(['from_stage', 'to_stage', 'changed_at']).where('workspace_id', '=', workspaceId).where('person_id', '=', personId)
    .orderBy('changed_at').orderBy('change_id').limit(500).execute() as Promise<{ from_stage: string | null; to_stage: string; changed_at: Date }[]>;
}

export async function insertLifecycleChange(db: Executor, row: { workspace_id: string; change_id: string; person_id: string; from_stage: string | null; to_stage: string; changed_by: string | null; changed_at: Date }): Promise<void> {
  await db.insertInto('lifecycle_changes').values(row).execute();
}

export async function companyName(db: Executor, workspaceId: string, companyId: string): Promise<string | undefined> {
  const r = await db.selectFrom('companies').select('name').where('workspace_id', '=', workspaceId).where('company_id', '=', companyId)
    .where('deleted_at', 'is', null).executeTakeFirst() as { name: string } | undefined;
  return r?.name;
}

export type DuplicateReason = 'email' | 'phone' | 'name_birthday' | 'name_postal_code';

export interface DuplicateProbe { excludeId: string | null; emailKeys: string[]; e164s: string[]; nameKey: string; kanaKey: string; birthday: string | null; postalCode: string | null }

/** People who share an email or phone, or the same name (or furigana) with the same birthday or postal code. */
export async function duplicateCandidates(db: Executor, workspaceId: string, p: DuplicateProbe) {
  const rows = await sql<{ person_id: string; reason: DuplicateReason }>`
    select e.person_id, 'email' as reason from person_emails e
      join people x on x.workspace_id = e.workspace_id and x.person_id = e.person_id and x.deleted_at is null
      where e.workspace_id = ${workspaceId} and e.email_key = any(${p.emailKeys}::text[])
    union all
    select f.person_id, 'phone' from person_phones f
      join people x on x.workspace_id = f.workspace_id and x.person_id = f.person_id and x.deleted_at is null
      where f.workspace_id = ${workspaceId} and f.e164 = any(${p.e164s}::text[])
    union all
    select person_id, 'name_birthday' from people
      where workspace_id = ${workspaceId} and deleted_at is null and ${p.birthday}::date is not null
        and birthday = ${p.birthday}::date and (name_key = ${p.nameKey} or (${p.kanaKey} <> '' and kana_key = ${p.kanaKey}))
    union all
    select person_id, 'name_postal_code' from people
      where workspace_id = ${workspaceId} and deleted_at is null and ${p.postalCode}::text is not null
        and postal_code = ${p.postalCode} and name_key = ${p.nameKey}
  `.execute(db);
  return rows.rows.filter((r) => r.person_id !== p.excludeId);
}

export async function insertNote(db: Executor, row: { workspace_id: string; note_id: string; person_id: string; author_user_id: string | null; author_label: string; body: string; noted_on: string }): Promise<void> {
  await db.insertInto('person_notes').values(row).execute();
}

export async function notesOf(db: Executor, workspaceId: string, personId: string) {
  return db.selectFrom('person_notes').select(['note_id', 'body', 'noted_on', 'author_label', 'created_at'])
    .where('workspace_id', '=', workspaceId).where('person_id', '=', personId)
    .orderBy('noted_on', 'desc').orderBy('note_id', 'desc').limit(500).execute() as
    Promise<{ note_id: string; body: string; noted_on: string; author_label: string; created_at: Date }[]>;
}
