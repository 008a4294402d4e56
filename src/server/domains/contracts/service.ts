// Contracts and subscriptions: plan, start, renewal, cancellation (date and reason), amount per period.
// What a contract has earned counts in the person's LTV: refreshed on each change and nightly.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError, InvalidFieldsError, keyCursor, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { todayInJapan } from '../../lib/time.ts';
import { encodeKeyCursor, pageOf } from '../../lib/paging.ts';
import { displayName } from '../../lib/japanese/index.ts';
import { record } from '../audit/index.ts';
import { setContractRevenue } from '../figures/index.ts';
import { findLivePerson, personNames } from '../people/index.ts';
import type { Contract } from '../../../common/history.ts';
import * as repo from './repo.ts';
import { revenueToDate } from './rules.ts';

function toContract(r: repo.ContractRow, personName: string | null): Contract {
  return {
    contractId: r.contract_id, personId: r.person_id, personName, plan: r.plan, status: r.status, startedOn: r.started_on, renewsOn: r.renews_on,
    cancelledOn: r.cancelled_on, cancelReason: r.cancel_reason, amount: Number(r.amount), period: r.period, version: r.version,
  };
}

export interface ContractInput {
  plan: string; status: Contract['status']; startedOn: string; renewsOn?: string | null | undefined; cancelledOn?: string | null | undefined;
  cancelReason?: string | null | undefined; amount: number; period: Contract['period'];
}

/** A cancelled contract has its date; no date comes before the start. */
function checkDates(c: { status: string; startedOn: string; renewsOn: string | null; cancelledOn: string | null }) {
  const errors = [];
  if (c.renewsOn && c.renewsOn < c.startedOn) errors.push({ field: 'renewsOn', code: 'date_before_start' });
  if (c.cancelledOn && c.cancelledOn < c.startedOn) errors.push({ field: 'cancelledOn', code: 'date_before_start' });
  if (c.status === 'cancelled' && !c.cancelledOn) errors.push({ field: 'cancelledOn', code: 'required' });
  if (errors.length) throw new InvalidFieldsError(errors);
}

export async function refreshRevenue(db: Executor, workspaceId: string, personIds: string[], now: Date): Promise<void> {
  const today = todayInJapan(now);
  const rows = await repo.contractsOfPeople(db, workspaceId, personIds);
  const revenue = new Map(personIds.map((p) => [p, 0]));
  for (const c of rows) {
    revenue.set(c.person_id, (revenue.get(c.person_id) ?? 0) + revenueToDate({ startedOn: c.started_on, cancelledOn: c.cancelled_on, amount: Number(c.amount), period: c.period }, today));
  }
  await setContractRevenue(db, workspaceId, [...revenue].map(([personId, r]) => ({ personId, revenue: r })));
}

async function nameOf(db: Executor, workspaceId: string, personId: string): Promise<string | null> {
  const n = (await personNames(db, workspaceId, [personId]))[0];
  return n ? displayName({ familyName: n.family_name, givenName: n.given_name }, 'ja') : null;
}

export async function listContracts(db: Executor, workspaceId: string, personId: string) {
  await findLivePerson(db, workspaceId, personId);
  const name = await nameOf(db, workspaceId, personId);
  return { items: (await repo.contractsOf(db, workspaceId, personId)).map((r) => toContract(r, name)), nextCursor: null };
}

export async function getContract(db: Executor, workspaceId: string, contractId: string): Promise<Contract> {
  const r = await repo.findContract(db, workspaceId, contractId);
  if (!r) throw notFound('contract');
  return toContract(r, await nameOf(db, workspaceId, r.person_id));
}

export async function createContract(deps: Deps, actor: Actor, personId: string, input: ContractInput): Promise<Contract> {
  const c = { ...input, renewsOn: input.renewsOn ?? null, cancelledOn: input.cancelledOn ?? null, cancelReason: input.cancelReason ?? null };
  checkDates(c);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const ws = actor.workspaceId;
    await findLivePerson(trx, ws, personId);
    const contractId = uuidv7();
    await repo.insertContract(trx, {
      workspace_id: ws, contract_id: contractId, person_id: personId, plan: c.plan, status: c.status, started_on: c.startedOn, renews_on: c.renewsOn,
      cancelled_on: c.cancelledOn, cancel_reason: c.cancelReason, amount: c.amount, period: c.period,
    });
    await refreshRevenue(trx, ws, [personId], deps.now());
    const created = toContract((await repo.findContract(trx, ws, contractId))!, await nameOf(trx, ws, personId));
    await record(trx, actor, { action: 'contracts.created', entityType: 'person', entityId: personId, after: created });
    return created;
  });
}

export async function updateContract(deps: Deps, actor: Actor, contractId: string, patch: Partial<ContractInput> & { version: number }): Promise<Contract> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const ws = actor.workspaceId;
    const before = await repo.findContract(trx, ws, contractId);
    if (!before) throw notFound('contract');
    if (before.version !== patch.version) throw new AppError(409, 'version_conflict', { field: 'version' });
    const next = {
      plan: patch.plan ?? before.plan, status: patch.status ?? before.status, startedOn: patch.startedOn ?? before.started_on,
      renewsOn: patch.renewsOn !== undefined ? patch.renewsOn : before.renews_on, cancelledOn: patch.cancelledOn !== undefined ? patch.cancelledOn : before.cancelled_on,
      cancelReason: patch.cancelReason !== undefined ? patch.cancelReason : before.cancel_reason, amount: patch.amount ?? Number(before.amount), period: patch.period ?? before.period,
    };
    checkDates(next);
    const ok = await repo.updateContractAtVersion(trx, ws, contractId, patch.version, {
      plan: next.plan, status: next.status, started_on: next.startedOn, renews_on: next.renewsOn, cancelled_on: next.cancelledOn,
      cancel_reason: next.cancelReason, amount: next.amount, period: next.period,
    });
    if (!ok) throw new AppError(409, 'version_conflict', { field: 'version' });
    await refreshRevenue(trx, ws, [before.person_id], deps.now());
    const name = await nameOf(trx, ws, before.person_id);
    const after = toContract((await repo.findContract(trx, ws, contractId))!, name);
    await record(trx, actor, { action: 'contracts.updated', entityType: 'person', entityId: before.person_id, before: toContract(before, name), after });
    return after;
  });
}

export async function listRenewals(deps: Deps, workspaceId: string, q: { until?: string | undefined; cursor?: string | undefined; limit: number }) {
  const until = q.until ?? todayInJapan(new Date(deps.now().getTime() + 30 * 86_400_000));
  const c = q.cursor ? keyCursor(q.cursor, (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) : null;
  const rows = await repo.renewalsUntil(deps.db.kysely, workspaceId, until, c ? { day: c.value!, id: c.id } : null, q.limit + 1);
  const { page, nextCursor } = pageOf(rows, q.limit, (r) => encodeKeyCursor(r.renews_on, r.contract_id));
  const names = new Map((await personNames(deps.db.kysely, workspaceId, [...new Set(page.map((r) => r.person_id))]))
    .map((n) => [n.person_id, displayName({ familyName: n.family_name, givenName: n.given_name }, 'ja')]));
  return { items: page.map((r) => toContract(r, names.get(r.person_id) ?? null)), nextCursor };
}

/**
 * Timeline entries: a contract's start and, if any, its cancellation, each at noon of its day in Japan.
 * Both carry the contract's id, so a cancellation is placed a millisecond later: the timeline's cursor
 * (time, id) then tells them apart even on the same day.
 */
export async function contractEntries(db: Executor, workspaceId: string, personId: string) {
  const noon = (day: string, ms = 0) => new Date(Date.parse(`${day}T12:00:00+09:00`) + ms);
  return (await repo.contractsOf(db, workspaceId, personId)).flatMap((c) => {
    const data = { plan: c.plan, status: c.status, amount: Number(c.amount), period: c.period };
    const started = { kind: 'contract' as const, id: c.contract_id, at: noon(c.started_on), by: null, summary: c.plan, data: { ...data, event: 'started' } };
    return c.cancelled_on
      ? [started, { kind: 'contract' as const, id: c.contract_id, at: noon(c.cancelled_on, 1), by: null, summary: c.cancel_reason ?? c.plan, data: { ...data, event: 'cancelled', cancelReason: c.cancel_reason } }]
      : [started];
  });
}

/** Nightly: what active contracts have earned moves with the calendar. */
export async function refreshAllRevenue(deps: Deps): Promise<{ workspaces: number }> {
  const workspaces = await repo.workspacesWithActiveContracts(deps.db.kysely);
  for (const ws of workspaces) {
    let after: string | null = null;
    for (;;) {
      const ids: string[] = await repo.earningPeople(deps.db.kysely, ws, after, 1_000);
      if (ids.length === 0) break;
      await refreshRevenue(deps.db.kysely, ws, ids, deps.now());
      after = ids.at(-1)!;
    }
  }
  return { workspaces: workspaces.length };
}

export async function contractFigures(db: Executor, workspaceId: string, personId: string) {
  const today = todayInJapan(new Date());
  const rows = await repo.contractsOf(db, workspaceId, personId);
  return { contract_revenue: rows.reduce((s, c) => s + revenueToDate({ startedOn: c.started_on, cancelledOn: c.cancelled_on, amount: Number(c.amount), period: c.period }, today), 0) };
}
