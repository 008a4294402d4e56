// contracts: plans a person subscribes to, with start, renewal, cancellation and amount per period.
import { sql, type Executor } from '../../platform/db/index.ts';

export interface ContractRow {
  contract_id: string; person_id: string; plan: string; status: 'active' | 'cancelled' | 'ended'; started_on: string; renews_on: string | null;
  cancelled_on: string | null; cancel_reason: string | null; amount: string | number; period: 'month' | 'year' | 'once'; version: number;
}
const COLUMNS = ['contract_id', 'person_id', 'plan', 'status', 'started_on', 'renews_on', 'cancelled_on', 'cancel_reason', 'amount', 'period', 'version'] as const;

export async function contractsOf(db: Executor, workspaceId: string, personId: string): Promise<ContractRow[]> {
  return db.selectFrom('contracts').select(COLUMNS).where('workspace_id', '=', workspaceId).where('person_id', '=', personId)
    .orderBy('started_on', 'desc').orderBy('contract_id', 'desc').limit(500).execute() as Promise<ContractRow[]>;
}

export async function findContract(db: Executor, workspaceId: string, contractId: string): Promise<ContractRow | undefined> {
  return db.selectFrom('contracts').select(COLUMNS).where('workspace_id', '=', workspaceId).where('contract_id', '=', contractId).executeTakeFirst() as Promise<ContractRow | undefined>;
}

export async function insertContract(db: Executor, row: Record<string, unknown>): Promise<void> {
  await db.insertInto('contracts').values(row).execute();
}

export async function updateContractAtVersion(db: Executor, workspaceId: string, contractId: string, version: number, set: Record<string, unknown>): Promise<boolean> {
  const r = await db.updateTable('contracts').set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId).where('contract_id', '=', contractId).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Active contracts renewing on or before a day, soonest first, keyset-paged on (renews_on, id). */
export async function renewalsUntil(db: Executor, workspaceId: string, until: string, after: { day: string; id: string } | null, limit: number): Promise<ContractRow[]> {
  const r = await sql<ContractRow>`
    select c.contract_id, c.person_id, c.plan, c.status, c.started_on, c.renews_on, c.cancelled_on, c.cancel_reason, c.amount, c.period, c.version
    from contracts c
    where c.workspace_id = ${workspaceId} and c.status = 'active' and c.renews_on <= ${until}::date
      ${after ? sql`and (c.renews_on, c.contract_id) > (${after.day}::date, ${after.id}::uuid)` : sql``}
    order by c.renews_on, c.contract_id limit ${limit}`.execute(db);
  return r.rows;
}

/** People with a contract that still earns (active), a page at a time, for the nightly revenue refresh. */
export async function earningPeople(db: Executor, workspaceId: string, afterId: string | null, limit: number): Promise<string[]> {
  const r = await sql<{ person_id: string }>`
    select distinct person_id from contracts
    where workspace_id = ${workspaceId} and status = 'active' ${afterId ? sql`and person_id > ${afterId}::uuid` : sql``}
    order by person_id limit ${limit}`.execute(db);
  return r.rows.map((x) => x.person_id);
}

export async function contractsOfPeople(db: Executor, workspaceId: string, personIds: string[]): Promise<ContractRow[]> {
  if (personIds.length === 0) return [];
  return db.selectFrom('contracts').select(COLUMNS).where('workspace_id', '=', workspaceId).where('person_id', 'in', personIds).execute() as Promise<ContractRow[]>;
}

export async function workspacesWithActiveContracts(db: Executor): Promise<string[]> {
  const r = await sql<{ workspace_id: string }>`select distinct workspace_id from contracts where status = 'active'`.execute(db);
  return r.rows.map((x) => x.workspace_id);
}
