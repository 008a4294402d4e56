// The people list: which people a search and filter select, in which order, one keyset page at a time.
// Every sort order has an index that starts with workspace_id and ends with person_id (migration 0004),
// and the cursor compares the same tuple, so page 20,000 costs what page 1 costs.
import { likeContaining, sql, type Executor, type RawBuilder } from '../../platform/db/index.ts';
import type { Predicate } from './filter.ts';
import { filterField } from './filter-fields.ts';
import type { PeopleSort } from '../../../common/people.ts';

export interface CompiledFilter { match: 'all' | 'any'; predicates: Predicate[] }

/** What selects people: the one-box search key and a compiled filter, both optional. */
export interface Selection { searchKey?: string | undefined; filter?: CompiledFilter | undefined }

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
    case 'registered': return filterField(pr.field)!.condition(pr.op, pr.value);
  }
}

const usesBigrams = (key: string) => /^\P{ASCII}{2}$/u.test(key);

/**
 * The ids of the people a search finds, as a subquery (migration 0006). Two Japanese characters have no
 * trigram: they are one bigram, looked up in person_search_grams; its bigrams are every pair of non-ASCII
 * characters in the key, so this is the LIKE rule itself. Anything longer goes by LIKE on the key.
 */
function searchIds(workspaceId: string, searchKey: string): RawBuilder<unknown> {
  return usesBigrams(searchKey)
    ? sql`select g.person_id from person_search_grams g where g.workspace_id = ${workspaceId} and g.gram = ${searchKey}`
    : sql`select ps.person_id from person_search ps where ps.workspace_id = ${workspaceId} and ps.search_key like ${likeContaining(searchKey)}`;
}

function filterSql(f: CompiledFilter | undefined): RawBuilder<boolean> | null {
  if (!f || f.predicates.length === 0) return null;
  return sql<boolean>`(${sql.join(f.predicates.map(predicateSql), f.match === 'all' ? sql` and ` : sql` or `)})`;
}

/** The selection as one SQL condition over `p`, not counting deletion. */
export function selectionSql(workspaceId: string, s: Selection): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  if (s.searchKey) parts.push(sql<boolean>`p.person_id in (${searchIds(workspaceId, s.searchKey)})`);
  const filter = filterSql(s.filter);
  if (filter) parts.push(filter);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`true`;
}

/** Per sort: the ordered key tuple (as in its index), the direction, and the key of a row as cursor text. */
const SORTS: Record<PeopleSort, { key: RawBuilder<unknown>; order: RawBuilder<unknown>; after: '<' | '>'; value: RawBuilder<string | null> }> = {
  newest: { key: sql`(p.person_id)`, order: sql`p.person_id desc`, after: '<', value: sql`null` },
  kana: {
    key: sql`((p.kana_key = ''), (p.kana_key collate "C"), p.person_id)`, order: sql`(p.kana_key = ''), (p.kana_key collate "C"), p.person_id`, after: '>',
    value: sql`p.kana_key`,
  },
  updated: {
    key: sql`(p.updated_at, p.person_id)`, order: sql`p.updated_at desc, p.person_id desc`, after: '<',
    value: sql`to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  },
  activity: {
    key: sql`(coalesce(p.last_activity_at, '-infinity'), p.person_id)`, order: sql`coalesce(p.last_activity_at, '-infinity') desc, p.person_id desc`, after: '<',
    value: sql`to_char(p.last_activity_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  },
};

/** Where the previous page ended: the sort value of its last row (text, or null) and its id. */
export interface KeyCursor { value: string | null; personId: string }

function cursorTuple(sort: PeopleSort, c: KeyCursor): RawBuilder<unknown> {
  switch (sort) {
    case 'newest': return sql`(${c.personId}::uuid)`;
    case 'kana': return sql`((${c.value ?? ''}::text = ''), (${c.value ?? ''}::text collate "C"), ${c.personId}::uuid)`;
    case 'updated': return sql`(${c.value}::timestamptz, ${c.personId}::uuid)`;
    case 'activity': return sql`(coalesce(${c.value}::timestamptz, '-infinity'), ${c.personId}::uuid)`;
  }
}

export interface PersonListRow {
  person_id: string; family_name: string; given_name: string | null; family_name_kana: string | null; given_name_kana: string | null;
  email: string | null; phone: string | null; prefecture: string | null; city: string | null; company_name: string | null;
  lifecycle_stage: 'prospect' | 'customer' | 'former'; owner_user_id: string | null; created_at: Date; updated_at: Date; last_activity_at: Date | null;
  custom: Record<string, unknown> | null; tags: string[] | null; sort_value: string | null;
}

export interface ListOptions { sort: PeopleSort; after: KeyCursor | undefined; limit: number; withTags: boolean; withCustom: boolean }

/**
 * How the candidate rows are read. `all`: the planner chooses. `grams`: a two-character fragment's
 * matches newest first straight from the bigram index. `recent`: only the newest people (after the
 * cursor) are looked at, as many as the window, and those the search finds are kept. `matches`: the
 * search's matches are found first through the trigram index and then ordered.
 */
type Reach = 'all' | 'grams' | { recent: number } | 'matches';
// For text of three characters and more, the newest people are read in id order until a page is full,
// so a window only costs its full size when matches are rare — and then the trigram index is quick.
const RECENT_WINDOW = 5_000;

/**
 * The ids a newest-first text search looks at, from the search tables alone. Without a filter only the
 * page's worth is kept, newest first, so that just those people rows are read.
 */
function searchCandidates(workspaceId: string, searchKey: string, o: ListOptions, reach: Exclude<Reach, 'all'>, filtered: boolean): RawBuilder<unknown> {
  if (reach === 'grams') {
    // The bigram's index range backwards, newest first, one page of it.
    return sql`select g.person_id from person_search_grams g where g.workspace_id = ${workspaceId} and g.gram = ${searchKey}
      ${o.after ? sql`and g.person_id < ${o.after.personId}::uuid` : sql``}
      order by g.person_id desc limit ${o.limit}`;
  }
  const after = o.after ? sql`and ps.person_id < ${o.after.personId}::uuid` : sql``;
  const like = sql`ps.search_key like ${likeContaining(searchKey)}`;
  // materialized: planned on its own, without the ORDER BY … LIMIT that tempts the planner into walking
  // the whole primary key for a match it misjudged as common.
  const found = reach === 'matches'
    ? sql`select ps.person_id from person_search ps where ps.workspace_id = ${workspaceId} and ${like} ${after}`
    : sql`select ps.person_id from (select ps.person_id, ps.search_key from person_search ps where ps.workspace_id = ${workspaceId} ${after}
        order by ps.person_id desc limit ${reach.recent}) ps where ${like}`;
  return filtered
    ? sql`with found as materialized (${found}) select person_id from found`
    : sql`with found as materialized (${found}) select person_id from found order by person_id desc limit ${o.limit}`;
}

/** A person's (`p`) tag names, in name order, as one array column. */
export const TAG_NAMES = sql`array(select t.name from person_tags pt join tags t on t.workspace_id = pt.workspace_id and t.tag_id = pt.tag_id
  where pt.workspace_id = p.workspace_id and pt.person_id = p.person_id order by t.name)`;

async function listQuery(db: Executor, workspaceId: string, s: Selection, o: ListOptions, reach: Reach): Promise<PersonListRow[]> {
  const spec = SORTS[o.sort];
  const tags = o.withTags
    ? TAG_NAMES
    : sql`null`;
  const afterCursor = o.after ? sql`and ${spec.key} ${sql.raw(spec.after)} ${cursorTuple(o.sort, o.after)}` : sql``;
  const live = sql`p.workspace_id = ${workspaceId} and p.deleted_at is null`;
  const filter = filterSql(s.filter);
  const [source, where] = reach === 'all' || !s.searchKey
    ? [sql`people p`, sql`${live} and ${selectionSql(workspaceId, s)} ${afterCursor}`]
    : [sql`(with m as materialized (${searchCandidates(workspaceId, s.searchKey, o, reach, filter !== null)})
        select p.* from people p join m on p.person_id = m.person_id where p.workspace_id = ${workspaceId}) p`,
      sql`${live} and ${filter ?? sql`true`} ${afterCursor}`];
  const r = await sql<PersonListRow>`
    select p.person_id, p.family_name, p.given_name, p.family_name_kana, p.given_name_kana, p.email, p.phone, p.prefecture, p.city,
      p.lifecycle_stage, p.owner_user_id, p.created_at, p.updated_at, p.last_activity_at, c.name as company_name,
      ${o.withCustom ? sql`p.custom` : sql`null`} as custom, ${tags} as tags, ${spec.value} as sort_value
    from ${source}
    left join companies c on c.workspace_id = p.workspace_id and c.company_id = p.company_id
    where ${where}
    order by ${spec.order}
    limit ${o.limit}`.execute(db);
  return r.rows;
}

/**
 * One page. A two-character fragment on the newest-first list reads its bigram's index range backwards
 * (with a filter as well, the planner weighs it against the filter's own indexes). Longer text has two
 * likely shapes the planner cannot tell apart (its estimates for LIKE are coarse, and a wrong guess
 * walked all 1M rows in the benchmark): many matches, found at once among the newest people, or few,
 * found fast only through the trigram index. So the newest people are tried first, then the index.
 */
export async function listPeople(db: Executor, workspaceId: string, s: Selection, o: ListOptions): Promise<PersonListRow[]> {
  if (!s.searchKey || o.sort !== 'newest') return listQuery(db, workspaceId, s, o, 'all');
  if (usesBigrams(s.searchKey)) return listQuery(db, workspaceId, s, o, filterSql(s.filter) ? 'all' : 'grams');
  const recent = await listQuery(db, workspaceId, s, o, { recent: RECENT_WINDOW });
  return recent.length >= o.limit ? recent : listQuery(db, workspaceId, s, o, 'matches');
}

/** How many people the selection holds; a search alone is counted in the search tables without the people rows. */
export async function countPeople(db: Executor, workspaceId: string, s: Selection): Promise<number> {
  const r = s.searchKey && !filterSql(s.filter)
    ? await sql<{ n: string }>`select count(*) as n from (${searchIds(workspaceId, s.searchKey)}) found`.execute(db)
    : await sql<{ n: string }>`
      select count(*) as n from people p where p.workspace_id = ${workspaceId} and p.deleted_at is null and ${selectionSql(workspaceId, s)}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}
