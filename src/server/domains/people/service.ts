import type { Executor } from '../../platform/db/index.ts';
import { badRequest } from '../../platform/errors.ts';
import { isUuid } from '../../lib/ids.ts';
import * as repo from './repo.ts';

export async function listPeople(db: Executor, workspaceId: string, limit: number, cursor: string | undefined) {
  if (cursor !== undefined && !isUuid(cursor)) throw badRequest('invalid_cursor', 'cursor');
  const rows = await repo.listPeople(db, workspaceId, limit + 1, cursor);
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      personId: r.person_id, familyName: r.family_name, givenName: r.given_name, familyNameKana: r.family_name_kana,
      givenNameKana: r.given_name_kana, email: r.email, phone: r.phone, prefecture: r.prefecture, city: r.city, companyName: r.company_name,
    })),
    nextCursor: rows.length > limit ? page.at(-1)!.person_id : null,
    total: await repo.countPeople(db, workspaceId),
  };
}

export { insertPeople, type PersonInsert } from './repo.ts';
