// companies: the organisations people belong to.
import { likeContaining, sql, type Executor } from '../../platform/db/index.ts';

export interface CompanyInsert {
  workspace_id: string; company_id: string; name: string; name_kana: string | null; corporate_number: string | null;
  industry: string | null; postal_code: string | null; prefecture: string | null; city: string | null;
  address_line: string | null; phone: string | null; website: string | null; name_key: string; search_key: string;
}

// One statement carries at most 65,535 bound values: 14 columns × 2,000 rows stays well below.
const INSERT_CHUNK = 2000;

/** Inserts what is not there yet: a retried batch with the same ids changes nothing. */
export async function insertCompanies(db: Executor, rows: CompanyInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await db.insertInto('companies').values(rows.slice(i, i + INSERT_CHUNK)).onConflict((oc) => oc.columns(['workspace_id', 'company_id']).doNothing()).execute();
  }
}

export interface CompanyRow {
  workspace_id: string; company_id: string; version: number; name: string; name_kana: string | null; corporate_number: string | null;
  representative: string | null; industry: string | null; business_description: string | null; capital: number | null; employees: number | null;
  listed: boolean | null; fiscal_month: number | null; website: string | null; phone: string | null; postal_code: string | null;
  prefecture: string | null; city: string | null; address_line: string | null; building: string | null; custom: Record<string, unknown> | null; created_at: Date; updated_at: Date;
}

export async function insertCompany(db: Executor, row: Record<string, unknown>): Promise<void> {
  await db.insertInto('companies').values(row).execute();
}

export async function findCompany(db: Executor, workspaceId: string, companyId: string, forUpdate = false): Promise<CompanyRow | undefined> {
  let q = db.selectFrom('companies').selectAll().where('workspace_id', '=', workspaceId).where('company_id', '=', companyId).where('deleted_at', 'is', null);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst() as Promise<CompanyRow | undefined>;
}

export async function updateCompanyAtVersion(db: Executor, workspaceId: string, companyId: string, version: number, values: Record<string, unknown>): Promise<boolean> {
  const r = await db.updateTable('companies').set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId).where('company_id', '=', companyId).where('version', '=', version).where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setCompanyKeys(db: Executor, workspaceId: string, companyId: string, keys: { name_key: string; search_key: string }): Promise<void> {
  await db.updateTable('companies').set(keys).where('workspace_id', '=', workspaceId).where('company_id', '=', companyId).execute();
}

export async function setCompanyDeleted(db: Executor, workspaceId: string, companyId: string, at: Date | null): Promise<boolean> {
  const r = await db.updateTable('companies').set({ deleted_at: at, version: sql`version + 1` })
    .where('workspace_id', '=', workspaceId).where('company_id', '=', companyId).where('deleted_at', at ? 'is' : 'is not', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The people of a company, by furigana. */
export async function companyPeople(db: Executor, workspaceId: string, companyId: string) {
  return db.selectFrom('people').select(['person_id', 'family_name', 'given_name', 'job_title', 'department'])
    .where('workspace_id', '=', workspaceId).where('company_id', '=', companyId).where('deleted_at', 'is', null)
    .orderBy('kana_key').orderBy('person_id').limit(1000).execute() as
    Promise<{ person_id: string; family_name: string; given_name: string | null; job_title: string | null; department: string | null }[]>;
}

export async function listCompanies(db: Executor, workspaceId: string, limit: number, beforeId: string | undefined, searchKey: string | undefined) {
  let q = db.selectFrom('companies as c')
    .select(['c.company_id', 'c.name', 'c.name_kana', 'c.corporate_number', 'c.industry', 'c.prefecture'])
    .select((eb) => eb.selectFrom('people as p').select(eb.fn.countAll<number>().as('n'))
      .whereRef('p.workspace_id', '=', 'c.workspace_id').whereRef('p.company_id', '=', 'c.company_id').where('p.deleted_at', 'is', null).as('people_count'))
    .where('c.workspace_id', '=', workspaceId).where('c.deleted_at', 'is', null);
  if (searchKey) q = q.where('c.search_key', 'like', likeContaining(searchKey));
  if (beforeId) q = q.where('c.company_id', '<', beforeId);
  return q.orderBy('c.company_id', 'desc').limit(limit).execute() as Promise<{
    company_id: string; name: string; name_kana: string | null; corporate_number: string | null; industry: string | null; prefecture: string | null; people_count: number;
  }[]>;
}

export async function countCompanies(db: Executor, workspaceId: string, searchKey: string | undefined): Promise<number> {
  let q = db.selectFrom('companies').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null);
  if (searchKey) q = q.where('search_key', 'like', likeContaining(searchKey));
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Companies with the same 法人番号 or the same name once its legal form is set aside. */
export async function companyDuplicates(db: Executor, workspaceId: string, corporateNumber: string | null, nameKey: string, excludeId: string | null) {
  const rows = await sql<{ company_id: string; name: string; reason: 'corporate_number' | 'name' }>`
    select company_id, name, 'corporate_number' as reason from companies
      where workspace_id = ${workspaceId} and deleted_at is null and ${corporateNumber}::text is not null and corporate_number = ${corporateNumber}
    union all
    select company_id, name, 'name' from companies
      where workspace_id = ${workspaceId} and deleted_at is null and ${nameKey} <> '' and name_key = ${nameKey}
  `.execute(db);
  return rows.rows.filter((r) => r.company_id !== excludeId);
}

/** Live companies with these name keys, oldest first. */
export async function companiesByNameKeys(db: Executor, workspaceId: string, keys: string[]): Promise<{ company_id: string; name: string }[]> {
  if (!keys.length) return [];
  const rows = await sql<{ company_id: string; name: string }>`select company_id, name from companies
    where workspace_id = ${workspaceId} and name_key = any(${keys}::text[]) and deleted_at is null order by company_id`.execute(db);
  return rows.rows;
}

/** Companies created by an import that no person points at any more. */
export async function deleteUnreferencedCompanies(db: Executor, workspaceId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await sql`delete from companies c where c.workspace_id = ${workspaceId} and c.company_id = any(${ids}::uuid[])
    and not exists (select 1 from people p where p.workspace_id = c.workspace_id and p.company_id = c.company_id)`.execute(db);
}
