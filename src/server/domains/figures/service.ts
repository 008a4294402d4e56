// Customer figures: kept current by each purchase, return, activity and contract as it is written,
// never recomputed on read; RFM scores and the lapse rule by a nightly job (and on demand).
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { isoTime, isoTimeOrNull } from '../../lib/time.ts';
import { record } from '../audit/index.ts';
import { findLivePerson, lapseCustomers } from '../people/index.ts';
import type { Figures } from '../../../common/history.ts';
import * as repo from './repo.ts';

export type { PurchaseDelta } from './repo.ts';
export const addPurchases = repo.addPurchases;
export const noteActivities = repo.noteActivities;
export const setContractRevenue = repo.setContractRevenue;

/** A domain whose rows count in the figures, asked afresh for some people after a merge moved rows. */
export type FigureSource = (db: Executor, workspaceId: string, personId: string) => Promise<Partial<repo.FigureValues>>;
const sources: FigureSource[] = [];
export function registerFigureSource(source: FigureSource): void {
  sources.push(source);
}

export async function recomputeFigures(db: Executor, workspaceId: string, personIds: string[]): Promise<void> {
  for (const personId of personIds) {
    const v: repo.FigureValues = { first_purchase_at: null, last_purchase_at: null, purchase_count: 0, total_spend: 0, contract_revenue: 0, last_activity_by_kind: {} };
    for (const source of sources) Object.assign(v, await source(db, workspaceId, personId));
    await repo.replaceFigures(db, workspaceId, personId, v);
  }
}

const DAY_MS = 86_400_000;

/** Whole days between two moments as calendars in Japan count them. */
export function daysBetweenInJapan(from: Date, to: Date): number {
  const jstDay = (d: Date) => Math.floor((d.getTime() + 9 * 3_600_000) / DAY_MS);
  return jstDay(to) - jstDay(from);
}

export function toFigures(r: repo.FiguresRow | undefined, now: Date): Figures {
  const count = r?.purchase_count ?? 0;
  const spend = Number(r?.total_spend ?? 0);
  const last = r?.last_purchase_at ?? null;
  return {
    firstPurchaseAt: isoTimeOrNull(r?.first_purchase_at ?? null), lastPurchaseAt: isoTimeOrNull(last),
    purchaseCount: count, totalSpend: spend, averageSpend: count > 0 ? Math.round(spend / count) : null,
    ltv: spend + Number(r?.contract_revenue ?? 0),
    daysSinceLastPurchase: last ? daysBetweenInJapan(new Date(last), now) : null,
    rfm: r?.r_score && r.f_score && r.m_score && r.scored_at ? { r: r.r_score, f: r.f_score, m: r.m_score, scoredAt: isoTime(r.scored_at) } : null,
    lastActivityByKind: Object.fromEntries(Object.entries(r?.last_activity_by_kind ?? {}).map(([k, v]) => [k, isoTime(v)])),
  };
}

export async function getFigures(deps: Deps, workspaceId: string, personId: string): Promise<Figures> {
  await findLivePerson(deps.db.kysely, workspaceId, personId);
  return toFigures(await repo.figuresOf(deps.db.kysely, workspaceId, personId), deps.now());
}

export async function scoreRfm(db: Executor, workspaceId: string, at: Date): Promise<number> {
  return repo.scoreRfm(db, workspaceId, at);
}

/** Lifecycle rule: customers whose last purchase is older than the lapse period become former customers. */
export async function lapseInactive(db: Executor, workspaceId: string, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - (await repo.lapseAfterDays(db, workspaceId)) * DAY_MS);
  let moved = 0;
  let after: string | null = null;
  for (;;) {
    const ids: string[] = await repo.lastBoughtBefore(db, workspaceId, cutoff, after, 5_000);
    if (ids.length === 0) return moved;
    moved += (await lapseCustomers(db, workspaceId, ids, now)).length;
    after = ids.at(-1)!;
  }
}

export async function nightly(deps: Deps): Promise<{ workspaces: number }> {
  const workspaces = await repo.workspacesWithFigures(deps.db.kysely);
  for (const ws of workspaces) {
    await deps.db.kysely.transaction().execute(async (trx) => {
      await repo.scoreRfm(trx, ws, deps.now());
      await lapseInactive(trx, ws, deps.now());
    });
  }
  return { workspaces: workspaces.length };
}

export async function getLifecycleRules(db: Executor, workspaceId: string) {
  return { lapseAfterDays: await repo.lapseAfterDays(db, workspaceId) };
}

export async function setLifecycleRules(deps: Deps, actor: Actor, input: { lapseAfterDays: number }) {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const before = await repo.lapseAfterDays(trx, actor.workspaceId);
    await repo.setLapseAfterDays(trx, actor.workspaceId, input.lapseAfterDays);
    await record(trx, actor, { action: 'figures.lifecycle_rules_changed', entityType: 'workspace', entityId: actor.workspaceId, before: { lapseAfterDays: before }, after: input });
    return { lapseAfterDays: input.lapseAfterDays };
  });
}
