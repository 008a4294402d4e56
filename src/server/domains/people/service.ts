// The people list as the API serves it: search, filter, sort, keyset cursor and chosen fields. It counts
// nothing: a count of a million matches costs more than the page, so it has its own route.
import type { Executor } from '../../platform/db/index.ts';
import { cursorId, InvalidFieldsError, keyCursor } from '../../platform/errors.ts';
import { filterSchema } from '../../../common/filters.ts';
import { PERSON_LIST_FIELDS, type PeopleSort, type PersonListItem } from '../../../common/people.ts';
import { listFields } from '../fields/index.ts';
import { compilePeopleFilter } from './filter.ts';
import { encodeKeyCursor, pageOf } from '../../lib/paging.ts';
import { isoTime, isoTimeOrNull } from '../../lib/time.ts';
import { compactDigits, searchKey } from '../../lib/japanese/index.ts';
import * as listRepo from './list-repo.ts';
import * as repo from './repo.ts';

/** The filter from the query string, checked against the built-in and this workspace's custom fields. */
async function compiledFilter(db: Executor, workspaceId: string, json: string): Promise<listRepo.CompiledFilter> {
  let raw: unknown;
  try { raw = JSON.parse(json); } catch { throw new InvalidFieldsError([{ field: 'querystring.filter', code: 'filter_json' }]); }
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidFieldsError([{ field: 'querystring.filter', code: 'filter_json' }]);
  const r = compilePeopleFilter(parsed.data, await listFields(db, workspaceId, 'person'));
  if (!r.ok) throw new InvalidFieldsError(r.errors.map((e) => ({ ...e, field: `querystring.${e.field}` })));
  return r;
}

/** A phone-like query is searched as digits (090-1234 finds 09012345678); anything else by its search key. */
export function queryKey(q: string): string {
  const nfkc = q.normalize('NFKC');
  return /^[\d\s()+\-\u2010-\u2015\u2212\u30FC]+$/u.test(nfkc) && /\d/.test(nfkc) ? compactDigits(nfkc).replace(/^\+/, '').replace(/[()]/g, '') : searchKey(q);
}

/** The people a list or a bulk change is about: the search box and the filter, checked. */
export async function selectionOf(db: Executor, workspaceId: string, q: string | undefined, filterJson: string | undefined): Promise<listRepo.Selection> {
  return { searchKey: q ? queryKey(q) : undefined, filter: filterJson ? await compiledFilter(db, workspaceId, filterJson) : undefined };
}

/** `fields=a,b` → the item fields asked for; unknown names are refused by name. */
export function listFieldsOf(fields: string | undefined): Set<keyof PersonListItem> | undefined {
  if (fields === undefined) return undefined;
  const names = fields.split(',').map((f) => f.trim()).filter(Boolean);
  const known = new Set<string>(PERSON_LIST_FIELDS);
  const unknown = names.filter((n) => n !== 'personId' && !known.has(n));
  if (unknown.length) throw new InvalidFieldsError(unknown.map((value) => ({ field: 'querystring.fields', code: 'list_fields', params: { value } })));
  return new Set(names as (keyof PersonListItem)[]);
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const CURSOR_VALUE: Record<PeopleSort, (v: string | null) => boolean> = {
  newest: () => false,
  kana: (v) => v !== null,
  updated: (v) => v !== null && TIMESTAMP.test(v),
  activity: (v) => v === null || TIMESTAMP.test(v),
};

function afterCursor(sort: PeopleSort, cursor: string | undefined): listRepo.KeyCursor | undefined {
  if (cursor === undefined) return undefined;
  if (sort === 'newest') return { value: null, personId: cursorId(cursor) as string };
  const c = keyCursor(cursor, CURSOR_VALUE[sort]);
  return { value: c.value, personId: c.id };
}

export interface ListQuery { limit: number; cursor?: string | undefined; sort: PeopleSort; fields?: string | undefined; q?: string | undefined; filter?: string | undefined }

export async function listPeople(db: Executor, workspaceId: string, query: ListQuery) {
  const wanted = listFieldsOf(query.fields);
  const want = (f: keyof PersonListItem) => !wanted || wanted.has(f);
  const selection = await selectionOf(db, workspaceId, query.q, query.filter);
  const after = afterCursor(query.sort, query.cursor);
  const rows = await listRepo.listPeople(db, workspaceId, selection, {
    sort: query.sort, after, limit: query.limit + 1, withTags: want('tags'), withCustom: want('custom'),
  });
  const { page, nextCursor } = pageOf(rows, query.limit, (r) => (query.sort === 'newest' ? r.person_id : encodeKeyCursor(r.sort_value, r.person_id)));
  return {
    items: page.map((r) => {
      const item: PersonListItem = {
        personId: r.person_id, familyName: r.family_name, givenName: r.given_name, familyNameKana: r.family_name_kana,
        givenNameKana: r.given_name_kana, email: r.email, phone: r.phone, prefecture: r.prefecture, city: r.city, companyName: r.company_name,
        lifecycleStage: r.lifecycle_stage, ownerUserId: r.owner_user_id, tags: r.tags ?? [], custom: r.custom ?? {},
        createdAt: isoTime(r.created_at), updatedAt: isoTime(r.updated_at), lastActivityAt: isoTimeOrNull(r.last_activity_at),
      };
      return wanted ? Object.fromEntries(Object.entries(item).filter(([k]) => k === 'personId' || wanted.has(k as keyof PersonListItem))) as Partial<PersonListItem> & { personId: string } : item;
    }),
    nextCursor,
    total: !after && nextCursor === null ? page.length : null,
  };
}

/** The exact number of people a search and filter select (for the home page and exports). */
export async function countPeople(db: Executor, workspaceId: string, q: string | undefined, filterJson: string | undefined) {
  return { total: await listRepo.countPeople(db, workspaceId, await selectionOf(db, workspaceId, q, filterJson)) };
}

export async function listTags(db: Executor, workspaceId: string) {
  return { items: (await repo.listTags(db, workspaceId)).map((t) => ({ tagId: t.tag_id, name: t.name, people: Number(t.people) })) };
}
