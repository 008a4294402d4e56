import type { Executor } from '../../platform/db/index.ts';
import { cursorId, InvalidFieldsError } from '../../platform/errors.ts';
import { filterSchema } from '../../../common/filters.ts';
import { listFields } from '../fields/index.ts';
import { compilePeopleFilter } from './filter.ts';
import { pageOf } from '../../lib/paging.ts';
import { compactDigits, searchKey } from '../../lib/japanese/index.ts';
import * as repo from './repo.ts';

/** The filter from the query string, checked against the built-in and this workspace's custom fields. */
async function compiledFilter(db: Executor, workspaceId: string, json: string): Promise<repo.CompiledFilter> {
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

/** The list, newest first; `q` finds people by any part of name, furigana, email, phone, card or company. */
export async function listPeople(db: Executor, workspaceId: string, limit: number, cursor: string | undefined, q?: string, filterJson?: string) {
  const key = q ? queryKey(q) : undefined;
  const filter = filterJson ? await compiledFilter(db, workspaceId, filterJson) : undefined;
  const rows = await repo.listPeople(db, workspaceId, limit + 1, cursorId(cursor), key, filter);
  const { page, nextCursor } = pageOf(rows, limit, (r) => r.person_id);
  return {
    items: page.map((r) => ({
      personId: r.person_id, familyName: r.family_name, givenName: r.given_name, familyNameKana: r.family_name_kana,
      givenNameKana: r.given_name_kana, email: r.email, phone: r.phone, prefecture: r.prefecture, city: r.city, companyName: r.company_name,
      lifecycleStage: r.lifecycle_stage,
    })),
    nextCursor,
    total: await repo.countPeople(db, workspaceId, key, filter),
  };
}


export async function listTags(db: Executor, workspaceId: string) {
  return { items: (await repo.listTags(db, workspaceId)).map((t) => ({ tagId: t.tag_id, name: t.name, people: Number(t.people) })) };
}
