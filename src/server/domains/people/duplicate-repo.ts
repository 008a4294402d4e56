// SQL of the duplicate scan and the pairs list (tables duplicate_pairs and duplicate_scan_rows).
// The scan is set-based: per rule, the people are grouped by the shared key and the pairs within each
// group written at once; no statement runs per person.
import { sql, type Executor, type RawBuilder } from '../../platform/db/index.ts';
import type { DuplicateReason } from '../../../common/duplicates.ts';
import type { PairCursor } from './duplicate-rules.ts';

/** Every (key, person) the rule groups by, for live people of the workspace; k2 is '' for one-part keys. */
function keysOf(reason: DuplicateReason, workspaceId: string): RawBuilder<unknown> {
  switch (reason) {
    // distinct: a merge can leave one person with the same address twice, which is still one person.
    case 'email':
      return sql`select distinct e.email_key as k1, '' as k2, e.person_id from person_emails e
        join people p on p.workspace_id = e.workspace_id and p.person_id = e.person_id and p.deleted_at is null
        where e.workspace_id = ${workspaceId}`;
    case 'phone':
      return sql`select distinct f.e164 as k1, '' as k2, f.person_id from person_phones f
        join people p on p.workspace_id = f.workspace_id and p.person_id = f.person_id and p.deleted_at is null
        where f.workspace_id = ${workspaceId}`;
    case 'name_birthday':
      return sql`select name_key as k1, birthday::text as k2, person_id from people
        where workspace_id = ${workspaceId} and deleted_at is null and name_key <> '' and birthday is not null`;
    case 'kana_birthday':
      return sql`select kana_key as k1, birthday::text as k2, person_id from people
        where workspace_id = ${workspaceId} and deleted_at is null and kana_key <> '' and birthday is not null`;
    case 'name_postal_code':
      return sql`select name_key as k1, postal_code as k2, person_id from people
        where workspace_id = ${workspaceId} and deleted_at is null and name_key <> '' and postal_code is not null and postal_code <> ''`;
  }
}

/**
 * Stages the pairs one rule finds: people sharing a key in a group of at most `maxGroup`, each pair
 * once with the smaller id first. Returns how many larger groups were skipped.
 */
export async function stageRulePairs(db: Executor, workspaceId: string, scanId: string, reason: DuplicateReason, bit: number, maxGroup: number): Promise<number> {
  const r = await sql<{ skipped: number }>`
    with keyed as materialized (${keysOf(reason, workspaceId)}),
    grouped as (
      select k1, k2, count(*) as n from keyed group by k1, k2 having count(*) > 1
    ),
    members as (
      select k.k1, k.k2, k.person_id from keyed k join grouped g on g.k1 = k.k1 and g.k2 = k.k2 where g.n <= ${maxGroup}
    ),
    staged as (
      insert into duplicate_scan_rows (workspace_id, scan_id, person_a_id, person_b_id, reason_bit)
      select ${workspaceId}, ${scanId}, a.person_id, b.person_id, ${bit}
      from members a join members b on b.k1 = a.k1 and b.k2 = a.k2 and a.person_id < b.person_id
    )
    select count(*) filter (where n > ${maxGroup})::int as skipped from grouped
  `.execute(db);
  return r.rows[0]?.skipped ?? 0;
}

export async function countLivePeople(db: Executor, workspaceId: string): Promise<number> {
  const r = await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).executeTakeFirst() as { n: number | string } | undefined;
  return Number(r?.n ?? 0);
}

export async function clearStaged(db: Executor, workspaceId: string, scanId: string): Promise<void> {
  await db.deleteFrom('duplicate_scan_rows').where('workspace_id', '=', workspaceId).where('scan_id', '=', scanId).execute();
}

/**
 * Replaces the open pairs with the staged ones: a pair's reasons are the OR of its rules' bits, its score
 * looked up by that mask. Dismissed pairs stay dismissed (their reasons and score are refreshed).
 * Returns how many open pairs there are now.
 */
export async function replacePairs(db: Executor, workspaceId: string, scanId: string, reasons: readonly DuplicateReason[], scoresByMask: number[], foundAt: Date): Promise<number> {
  await db.deleteFrom('duplicate_pairs').where('workspace_id', '=', workspaceId).where('dismissed_at', 'is', null).execute();
  const r = await sql<{ pairs: number }>`
    with found as (
      select person_a_id, person_b_id, bit_or(reason_bit) as mask from duplicate_scan_rows
      where workspace_id = ${workspaceId} and scan_id = ${scanId}
      group by person_a_id, person_b_id
    ),
    saved as (
      insert into duplicate_pairs (workspace_id, person_a_id, person_b_id, score, reasons, found_at)
      select ${workspaceId}, person_a_id, person_b_id, (${scoresByMask}::float8[])[mask + 1],
        array(select u.r from unnest(${[...reasons]}::text[]) with ordinality as u(r, i) where mask & (1 << (u.i::int - 1)) <> 0 order by u.i),
        ${foundAt}
      from found
      on conflict (workspace_id, person_a_id, person_b_id)
        do update set score = excluded.score, reasons = excluded.reasons, found_at = excluded.found_at
      returning dismissed_at
    )
    select count(*) filter (where dismissed_at is null)::int as pairs from saved
  `.execute(db);
  return r.rows[0]?.pairs ?? 0;
}

/** Marks a pair "not the same person"; false if the scan never found it. The first dismissal is kept. */
export async function dismissPair(db: Executor, workspaceId: string, personAId: string, personBId: string, userId: string | null, at: Date): Promise<boolean> {
  const r = await db.updateTable('duplicate_pairs')
    .set({ dismissed_at: sql`coalesce(dismissed_at, ${at})`, dismissed_by: sql`coalesce(dismissed_by, ${userId}::uuid)` })
    .where('workspace_id', '=', workspaceId).where('person_a_id', '=', personAId).where('person_b_id', '=', personBId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface PairRow {
  person_a_id: string; person_b_id: string; score: number; reasons: string[]; found_at: Date;
  a_family_name: string; a_given_name: string | null; a_family_name_kana: string | null; a_given_name_kana: string | null;
  a_birthday: string | null; a_postal_code: string | null; a_company_name: string | null;
  b_family_name: string; b_given_name: string | null; b_family_name_kana: string | null; b_given_name_kana: string | null;
  b_birthday: string | null; b_postal_code: string | null; b_company_name: string | null;
}

/** Open pairs of live people, most likely first, after `cursor`. Deleted and merged people drop out here. */
export async function listPairs(db: Executor, workspaceId: string, limit: number, cursor: PairCursor | null): Promise<PairRow[]> {
  // `score <=` repeats what the OR implies, so that the index range starts at the cursor.
  const after = cursor
    ? sql`and d.score <= ${cursor.score} and (d.score < ${cursor.score} or (d.score = ${cursor.score} and (d.person_a_id > ${cursor.personAId}
        or (d.person_a_id = ${cursor.personAId} and d.person_b_id > ${cursor.personBId}))))`
    : sql``;
  const r = await sql<PairRow>`
    select d.person_a_id, d.person_b_id, d.score, d.reasons, d.found_at,
      a.family_name as a_family_name, a.given_name as a_given_name, a.family_name_kana as a_family_name_kana,
      a.given_name_kana as a_given_name_kana, a.birthday as a_birthday, a.postal_code as a_postal_code, ca.name as a_company_name,
      b.family_name as b_family_name, b.given_name as b_given_name, b.family_name_kana as b_family_name_kana,
      b.given_name_kana as b_given_name_kana, b.birthday as b_birthday, b.postal_code as b_postal_code, cb.name as b_company_name
    from duplicate_pairs d
    join people a on a.workspace_id = d.workspace_id and a.person_id = d.person_a_id and a.deleted_at is null
    join people b on b.workspace_id = d.workspace_id and b.person_id = d.person_b_id and b.deleted_at is null
    left join companies ca on ca.workspace_id = a.workspace_id and ca.company_id = a.company_id
    left join companies cb on cb.workspace_id = b.workspace_id and cb.company_id = b.company_id
    where d.workspace_id = ${workspaceId} and d.dismissed_at is null ${after}
    order by d.score desc, d.person_a_id, d.person_b_id
    limit ${limit}
  `.execute(db);
  return r.rows;
}

/** The emails and phones of these people, in their order (the primary first). */
export async function contactsOf(db: Executor, workspaceId: string, personIds: string[]) {
  if (!personIds.length) return { emails: [], phones: [] };
  const emails = await db.selectFrom('person_emails').select(['person_id', 'email'])
    .where('workspace_id', '=', workspaceId).where('person_id', 'in', personIds).orderBy('person_id').orderBy('is_primary', 'desc').orderBy('position').execute() as
    { person_id: string; email: string }[];
  const phones = await db.selectFrom('person_phones').select(['person_id', 'display'])
    .where('workspace_id', '=', workspaceId).where('person_id', 'in', personIds).orderBy('person_id').orderBy('is_primary', 'desc').orderBy('position').execute() as
    { person_id: string; display: string }[];
  return { emails, phones };
}
