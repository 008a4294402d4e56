import type { Executor } from '../../platform/db/index.ts';
import { cursorId } from '../../platform/errors.ts';
import { pageOf } from '../../lib/paging.ts';
import * as repo from './repo.ts';

export async function listPeople(db: Executor, workspaceId: string, limit: number, cursor: string | undefined) {
  const rows = await repo.listPeople(db, workspaceId, limit + 1, cursorId(cursor));
  const { page, nextCursor } = pageOf(rows, limit, (r) => r.person_id);
  return {
    items: page.map((r) => ({
      personId: r.person_id, familyName: r.family_name, givenName: r.given_name, familyNameKana: r.family_name_kana,
      givenNameKana: r.given_name_kana, email: r.email, phone: r.phone, prefecture: r.prefecture, city: r.city, companyName: r.company_name,
    })),
    nextCursor,
    total: await repo.countPeople(db, workspaceId),
  };
}

export { insertPeople, type PersonInsert } from './repo.ts';
