// Companies: create, read (with their people), edit with a version check, delete with restore, search,
// and likely duplicates by 法人番号 or by name without its legal form.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError, cursorId, InvalidFieldsError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { pageOf } from '../../lib/paging.ts';
import { displayName } from '../../lib/japanese/index.ts';
import { record } from '../audit/index.ts';
import type { Company, CompanyInput } from '../../../common/companies.ts';
import * as repo from './repo.ts';
import { companyKeys, prepareCompany } from './rules.ts';
import { isoTime } from '../../lib/time.ts';
import { nextCustomValues } from '../fields/index.ts';

function prepared(input: Partial<CompanyInput>): Record<string, unknown> {
  const r = prepareCompany(input);
  if (!r.ok) throw new InvalidFieldsError(r.errors);
  return r.values;
}

async function refreshKeys(db: Executor, workspaceId: string, companyId: string): Promise<void> {
  const c = (await repo.findCompany(db, workspaceId, companyId))!;
  const keys = companyKeys({ name: c.name, nameKana: c.name_kana, corporateNumber: c.corporate_number, phone: c.phone });
  await repo.setCompanyKeys(db, workspaceId, companyId, { name_key: keys.name, search_key: keys.search });
}

export async function getCompany(db: Executor, workspaceId: string, companyId: string): Promise<Company> {
  const c = await repo.findCompany(db, workspaceId, companyId);
  if (!c) throw notFound('company');
  const people = await repo.companyPeople(db, workspaceId, companyId);
  return {
    companyId: c.company_id, version: c.version, name: c.name, nameKana: c.name_kana, corporateNumber: c.corporate_number,
    representative: c.representative, industry: c.industry, businessDescription: c.business_description,
    capital: c.capital === null ? null : Number(c.capital), employees: c.employees, listed: c.listed, fiscalMonth: c.fiscal_month,
    website: c.website, phone: c.phone, postalCode: c.postal_code, prefecture: c.prefecture, city: c.city, addressLine: c.address_line, building: c.building,
    custom: (c.custom ?? {}) as Record<string, unknown>,
    people: people.map((p) => ({ personId: p.person_id, displayName: displayName({ familyName: p.family_name, givenName: p.given_name }), jobTitle: p.job_title, department: p.department })),
    createdAt: isoTime(c.created_at), updatedAt: isoTime(c.updated_at),
  };
}

export async function createCompany(deps: Deps, actor: Actor, input: CompanyInput): Promise<Company> {
  const { custom, ...fields } = input;
  const values = prepared(fields);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const companyId = uuidv7();
    const customValues = await nextCustomValues(trx, actor.workspaceId, 'company', null, custom ?? {});
    await repo.insertCompany(trx, { ...values, custom: customValues, workspace_id: actor.workspaceId, company_id: companyId });
    await refreshKeys(trx, actor.workspaceId, companyId);
    const company = await getCompany(trx, actor.workspaceId, companyId);
    await record(trx, actor, { action: 'companies.created', entityType: 'company', entityId: companyId, after: company });
    return company;
  });
}

export async function updateCompany(deps: Deps, actor: Actor, companyId: string, patch: Partial<CompanyInput> & { version: number }): Promise<Company> {
  const { version, custom, ...fields } = patch;
  const values = prepared(fields);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findCompany(trx, actor.workspaceId, companyId, true);
    if (!current) throw notFound('company');
    if (current.version !== version) throw new AppError(409, 'version_conflict', { field: 'version' });
    if (custom) values.custom = await nextCustomValues(trx, actor.workspaceId, 'company', current.custom, custom);
    const before = await getCompany(trx, actor.workspaceId, companyId);
    if (!(await repo.updateCompanyAtVersion(trx, actor.workspaceId, companyId, version, values))) throw new AppError(409, 'version_conflict', { field: 'version' });
    await refreshKeys(trx, actor.workspaceId, companyId);
    const after = await getCompany(trx, actor.workspaceId, companyId);
    await record(trx, actor, { action: 'companies.updated', entityType: 'company', entityId: companyId, before, after });
    return after;
  });
}

export async function deleteCompany(deps: Deps, actor: Actor, companyId: string, deleted: boolean): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.setCompanyDeleted(trx, actor.workspaceId, companyId, deleted ? deps.now() : null))) throw notFound('company');
    await record(trx, actor, { action: deleted ? 'companies.deleted' : 'companies.restored', entityType: 'company', entityId: companyId });
  });
}

export async function listCompanies(db: Executor, workspaceId: string, limit: number, cursor: string | undefined, key: string | undefined) {
  const rows = await repo.listCompanies(db, workspaceId, limit + 1, cursorId(cursor), key);
  const { page, nextCursor } = pageOf(rows, limit, (r) => r.company_id);
  return {
    items: page.map((r) => ({ companyId: r.company_id, name: r.name, nameKana: r.name_kana, corporateNumber: r.corporate_number, industry: r.industry, prefecture: r.prefecture, peopleCount: Number(r.people_count) })),
    nextCursor,
    total: await repo.countCompanies(db, workspaceId, key),
  };
}

export async function companyDuplicates(db: Executor, workspaceId: string, input: Partial<CompanyInput>, excludeId: string | null) {
  const r = prepareCompany(input);
  if (!r.ok || typeof r.values.name !== 'string') return [];
  const keys = companyKeys({ name: r.values.name, nameKana: null, corporateNumber: null, phone: null });
  const rows = await repo.companyDuplicates(db, workspaceId, (r.values.corporate_number as string | null | undefined) ?? null, keys.name, excludeId);
  const byId = new Map<string, { companyId: string; name: string; reasons: ('corporate_number' | 'name')[] }>();
  for (const row of rows) {
    const hit = byId.get(row.company_id) ?? { companyId: row.company_id, name: row.name, reasons: [] };
    if (!hit.reasons.includes(row.reason)) hit.reasons.push(row.reason);
    byId.set(row.company_id, hit);
  }
  return [...byId.values()];
}

/**
 * A company's name as written, folded for comparing: width, runs of spaces and ㈱/(株) for 株式会社 unified.
 * Nothing more: 株式会社大福 and 大福株式会社 are two companies in law, and names that differ otherwise are
 * left for the duplicate check to bring together, not merged silently by an import.
 */
export function companyNameFold(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ')
    .replace(/\(株\)/gu, '株式会社').replace(/\(有\)/gu, '有限会社').replace(/\(合\)/gu, '合同会社').replace(/\(資\)/gu, '合資会社').replace(/\(名\)/gu, '合名会社');
}

/**
 * For an import: the company of each name (the same name as written, ㈱ or 株式会社 alike), created when
 * missing. Returns the id by name and which ids are new, for undo.
 */
export async function ensureCompaniesByName(db: Executor, workspaceId: string, names: string[]): Promise<{ ids: Map<string, string>; created: string[] }> {
  const byFold = new Map<string, string>();
  for (const name of names) {
    const fold = companyNameFold(name);
    if (fold && !byFold.has(fold)) byFold.set(fold, name);
  }
  const keyOf = (name: string) => companyKeys({ name, nameKana: null, corporateNumber: null, phone: null });
  // Candidates share the loose name key; the folded name decides.
  const candidates = await repo.companiesByNameKeys(db, workspaceId, [...new Set([...byFold.values()].map((n) => keyOf(n).name))]);
  const found = new Map<string, string>();
  for (const c of candidates) {
    const fold = companyNameFold(c.name);
    if (byFold.has(fold) && !found.has(fold)) found.set(fold, c.company_id);
  }
  const fresh: repo.CompanyInsert[] = [];
  for (const [fold, name] of byFold) {
    if (found.has(fold)) continue;
    const keys = keyOf(name);
    const companyId = uuidv7();
    fresh.push({ workspace_id: workspaceId, company_id: companyId, name, name_kana: null, corporate_number: null, industry: null, postal_code: null, prefecture: null, city: null, address_line: null, phone: null, website: null, name_key: keys.name, search_key: keys.search });
    found.set(fold, companyId);
  }
  await repo.insertCompanies(db, fresh);
  const ids = new Map<string, string>();
  for (const name of names) {
    const id = found.get(companyNameFold(name));
    if (id) ids.set(name, id);
  }
  return { ids, created: fresh.map((c) => c.company_id) };
}

export const removeUnreferencedCompanies = repo.deleteUnreferencedCompanies;
