// companies: the organisations people belong to.
import type { Executor } from '../../platform/db/index.ts';

export interface CompanyInsert {
  workspace_id: string; company_id: string; name: string; name_kana: string | null; corporate_number: string | null;
  industry: string | null; postal_code: string | null; prefecture: string | null; city: string | null;
  address_line: string | null; phone: string | null; website: string | null;
}

/** Inserts what is not there yet: a retried batch with the same ids changes nothing. */
export async function insertCompanies(db: Executor, rows: CompanyInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('companies').values(rows).onConflict((oc) => oc.columns(['workspace_id', 'company_id']).doNothing()).execute();
}
