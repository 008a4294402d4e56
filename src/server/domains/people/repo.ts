// people: the customer records. Lists page by primary key (newest first, UUIDv7 ids are time-ordered).
import { likeContaining, sql, type Executor, type RawBuilder } from '../../platform/db/index.ts';
import type { Predicate } from './filter.ts';

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
  email: string | null; phone: string | null; prefecture: string | null; city: string | null; company_name: string | null; lifecycle_stage: 'prospect' | 'customer' | 'former';
}

const CMP = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** One predicate as SQL over `p` (people): column names come from filter.ts's list, values are bound. */
function predicateSql(pr: Predicate): RawBuilder<boolean> {
  const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;
  switch (pr.kind) {
    case 'column': return sql`p.${sql.ref(pr.column)} ${sql.raw(CMP[pr.op])} ${pr.value}`;
    case 'column_in': return sql`p.${sql.ref(pr.column)}::text = any(${pr.values}::text[])`;
    case 'column_contains': return sql`position(lower(${pr.value}) in lower(coalesce(p.${sql.ref(pr.column)}, ''))) > 0`;
    case 'column_empty': return pr.empty ? sql`p.${sql.ref(pr.column)} is null` : sql`p.${sql.ref(pr.column)} is not null`;
    case 'tags': {
      const tagged = (keys: string[]) => sql`select count(distinct t.tag_id) from person_tags pt join tags t on t.workspace_id = pt.workspace_id and t.tag_id = pt.tag_id
        where pt.workspace_id = p.workspace_id and pt.person_id = p.person_id and t.name_key = any(${keys}::text[])`;
      if (pr.op === 'has_all') return sql`(${tagged(pr.keys)}) = ${new Set(pr.keys).size}`;
      return pr.op === 'has_any' ? sql`(${tagged(pr.keys)}) > 0` : sql`(${tagged(pr.keys)}) = 0`;
    }
    case 'custom_has': {
      // Containment (@>) on the custom column uses its GIN index.
      const one = (v: string) => sql`p.custom @> ${json({ [pr.fieldId]: pr.multiple ? [v] : v })}`;
      if (pr.op === 'has_all') return pr.multiple ? sql<boolean>`p.custom @> ${json({ [pr.fieldId]: pr.values })}` : sql<boolean>`(${sql.join(pr.values.map(one), sql` and `)})`;
      const any = sql<boolean>`(${sql.join(pr.values.map(one), sql` or `)})`;
      return pr.op === 'has_any' ? any : sql<boolean>`not ${any}`;
    }
    case 'custom_eq': {
      const eq = sql<boolean>`p.custom @> ${json({ [pr.fieldId]: pr.value })}`;
      return pr.negate ? sql<boolean>`not ${eq}` : eq;
    }
    case 'custom_cmp': return pr.numeric
      ? sql`(p.custom ->> ${pr.fieldId}::text)::numeric ${sql.raw(CMP[pr.op])} ${pr.value}`
      : sql`(p.custom ->> ${pr.fieldId}::text) ${sql.raw(CMP[pr.op])} ${pr.value}`;
    case 'custom_contains': return sql`position(lower(${pr.value}) in lower(coalesce(p.custom ->> ${pr.fieldId}::text, ''))) > 0`;
    case 'custom_empty': return pr.empty ? sql`(p.custom -> ${pr.fieldId}::text) is null` : sql`(p.custom -> ${pr.fieldId}::text) is not null`;
  }
}

export interface CompiledFilter { match: 'all' | 'any'; predicates: Predicate[] }

function filterSql(f: CompiledFilter | undefined): RawBuilder<boolean> {
  if (!f || f.predicates.length === 0) return sql<boolean>`true`;
  return sql<boolean>`(${sql.join(f.predicates.map(predicateSql), f.match === 'all' ? sql` and ` : sql` or `)})`;
}

export async function listPeople(db: Executor, workspaceId: string, limit: number, beforeId: string | undefined, searchKey?: string, filter?: CompiledFilter): Promise<PersonListRow[]> {
  let q = db.selectFrom('people as p')
    .leftJoin('companies as c', (j) => j.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.company_id', '=', 'p.company_id'))
    .select(['p.person_id', 'p.family_name', 'p.given_name', 'p.family_name_kana', 'p.given_name_kana', 'p.email', 'p.phone',
      'p.prefecture', 'p.city', 'p.lifecycle_stage', 'c.name as company_name'])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.deleted_at', 'is', null);
  if (searchKey) q = q.where('p.search_key', 'like', likeContaining(searchKey));
  if (filter) q = q.where(filterSql(filter));
  if (beforeId) q = q.where('p.person_id', '<', beforeId);
  return q.orderBy('p.person_id', 'desc').limit(limit).execute() as Promise<PersonListRow[]>;
}

export async function countPeople(db: Executor, workspaceId: string, searchKey?: string, filter?: CompiledFilter): Promise<number> {
  let q = db.selectFrom('people as p').select((eb) => eb.fn.countAll<number>().as('n')).where('p.workspace_id', '=', workspaceId).where('p.deleted_at', 'is', null);
  if (searchKey) q = q.where('p.search_key', 'like', likeContaining(searchKey));
  if (filter) q = q.where(filterSql(filter));
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Tags with how many (not deleted) people carry each, for suggestions and filters. */
export async function listTags(db: Executor, workspaceId: string) {
  return db.selectFrom('tags as t')
    .select(['t.tag_id', 't.name'])
    .select((eb) => eb.selectFrom('person_tags as pt').innerJoin('people as p', (j) => j.onRef('p.workspace_id', '=', 'pt.workspace_id').onRef('p.person_id', '=', 'pt.person_id'))
      .select(eb.fn.countAll<number>().as('n')).whereRef('pt.workspace_id', '=', 't.workspace_id').whereRef('pt.tag_id', '=', 't.tag_id').where('p.deleted_at', 'is', null).as('people'))
    .where('t.workspace_id', '=', workspaceId).orderBy('t.name').limit(2000).execute() as Promise<{ tag_id: string; name: string; people: number }[]>;
}
