// person_figures and lifecycle_rules. Every write is a delta or a replacement for named people, so a
// batch of orders updates each buyer's row once; RFM is one set-based statement per workspace.
import { sql, type Executor, type RawBuilder } from '../../platform/db/index.ts';

export interface FiguresRow {
  first_purchase_at: Date | null; last_purchase_at: Date | null; purchase_count: number; total_spend: string | number;
  contract_revenue: string | number; last_activity_by_kind: Record<string, string>; r_score: number | null; f_score: number | null; m_score: number | null; scored_at: Date | null;
}

export interface PurchaseDelta { personId: string; count: number; spend: number; firstAt: Date | null; lastAt: Date | null }

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Adds what a batch of orders did to each buyer's figures (returns have count 0 and no dates). */
export async function addPurchases(db: Executor, workspaceId: string, deltas: PurchaseDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  await sql`
    insert into person_figures as f (workspace_id, person_id, purchase_count, total_spend, first_purchase_at, last_purchase_at)
    select ${workspaceId}, d.person_id, d.n, d.spend, d.first_at, d.last_at
    from unnest(${deltas.map((d) => d.personId)}::uuid[], ${deltas.map((d) => d.count)}::int[], ${deltas.map((d) => d.spend)}::bigint[],
      ${deltas.map((d) => iso(d.firstAt))}::timestamptz[], ${deltas.map((d) => iso(d.lastAt))}::timestamptz[]) as d(person_id, n, spend, first_at, last_at)
    on conflict (workspace_id, person_id) do update set
      purchase_count = f.purchase_count + excluded.purchase_count,
      total_spend = f.total_spend + excluded.total_spend,
      first_purchase_at = least(f.first_purchase_at, excluded.first_purchase_at),
      last_purchase_at = greatest(f.last_purchase_at, excluded.last_purchase_at),
      updated_at = now()`.execute(db);
}

/** Keeps, per person and kind, the latest activity time. */
export async function noteActivities(db: Executor, workspaceId: string, rows: { personId: string; kind: string; at: Date }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into person_figures as f (workspace_id, person_id, last_activity_by_kind)
    select ${workspaceId}, person_id, jsonb_object_agg(kind, at) from (
      select person_id, kind, max(at) as at
      from unnest(${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.at.toISOString())}::timestamptz[]) as u(person_id, kind, at)
      group by person_id, kind) latest
    group by person_id
    on conflict (workspace_id, person_id) do update set
      last_activity_by_kind = f.last_activity_by_kind || (
        select coalesce(jsonb_object_agg(k, v), '{}') from jsonb_each(excluded.last_activity_by_kind) as e(k, v)
        where f.last_activity_by_kind -> k is null or (f.last_activity_by_kind ->> k)::timestamptz < (v #>> '{}')::timestamptz),
      updated_at = now()`.execute(db);
}

export async function setContractRevenue(db: Executor, workspaceId: string, rows: { personId: string; revenue: number }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into person_figures as f (workspace_id, person_id, contract_revenue)
    select ${workspaceId}, person_id, revenue from unnest(${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.revenue)}::bigint[]) as u(person_id, revenue)
    on conflict (workspace_id, person_id) do update set contract_revenue = excluded.contract_revenue, updated_at = now()`.execute(db);
}

export interface FigureValues {
  first_purchase_at: Date | null; last_purchase_at: Date | null; purchase_count: number; total_spend: number;
  contract_revenue: number; last_activity_by_kind: Record<string, string>;
}

/** Replaces figures computed afresh (after a merge or its undo); scores wait for the next RFM run. */
export async function replaceFigures(db: Executor, workspaceId: string, personId: string, v: FigureValues): Promise<void> {
  await sql`
    insert into person_figures as f (workspace_id, person_id, first_purchase_at, last_purchase_at, purchase_count, total_spend, contract_revenue, last_activity_by_kind)
    values (${workspaceId}, ${personId}, ${iso(v.first_purchase_at)}, ${iso(v.last_purchase_at)}, ${v.purchase_count}, ${v.total_spend}, ${v.contract_revenue}, ${JSON.stringify(v.last_activity_by_kind)}::jsonb)
    on conflict (workspace_id, person_id) do update set first_purchase_at = excluded.first_purchase_at, last_purchase_at = excluded.last_purchase_at,
      purchase_count = excluded.purchase_count, total_spend = excluded.total_spend, contract_revenue = excluded.contract_revenue,
      last_activity_by_kind = excluded.last_activity_by_kind, updated_at = now()`.execute(db);
}

export async function figuresOf(db: Executor, workspaceId: string, personId: string): Promise<FiguresRow | undefined> {
  return db.selectFrom('person_figures')
    .select(['first_purchase_at', 'last_purchase_at', 'purchase_count', 'total_spend', 'contract_revenue', 'last_activity_by_kind', 'r_score', 'f_score', 'm_score', 'scored_at'])
    .where('workspace_id', '=', workspaceId).where('person_id', '=', personId).executeTakeFirst() as Promise<FiguresRow | undefined>;
}

/**
 * RFM scores 1–5 for every person with a purchase: the fifth of buyers they fall in by recency (last
 * purchase), frequency (purchase count) and monetary value (total spend). Ties share the lower fifth:
 * 1 + ⌊5 × percent_rank⌋, at most 5. People without purchases get no scores.
 */
export async function scoreRfm(db: Executor, workspaceId: string, at: Date): Promise<number> {
  const r = await sql`
    with scored as (
      select person_id,
        least(5, 1 + floor(5 * percent_rank() over (order by last_purchase_at)))::smallint as r,
        least(5, 1 + floor(5 * percent_rank() over (order by purchase_count)))::smallint as f,
        least(5, 1 + floor(5 * percent_rank() over (order by total_spend)))::smallint as m
      from person_figures where workspace_id = ${workspaceId} and purchase_count > 0
    )
    update person_figures p set r_score = s.r, f_score = s.f, m_score = s.m, scored_at = ${at.toISOString()}::timestamptz
    from scored s where p.workspace_id = ${workspaceId} and p.person_id = s.person_id`.execute(db);
  await sql`
    update person_figures set r_score = null, f_score = null, m_score = null, scored_at = ${at.toISOString()}::timestamptz
    where workspace_id = ${workspaceId} and purchase_count = 0 and r_score is not null`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** People whose last purchase is before the cutoff, a page at a time by id. */
export async function lastBoughtBefore(db: Executor, workspaceId: string, cutoff: Date, afterId: string | null, limit: number): Promise<string[]> {
  const r = await sql<{ person_id: string }>`
    select person_id from person_figures
    where workspace_id = ${workspaceId} and last_purchase_at < ${cutoff.toISOString()}::timestamptz ${afterId ? sql`and person_id > ${afterId}::uuid` : sql``}
    order by person_id limit ${limit}`.execute(db);
  return r.rows.map((x) => x.person_id);
}

const CMP = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
/** Figures a list may be filtered by: column, and what a person without a figures row counts as. */
export const FIGURE_COLUMNS = {
  purchaseCount: { column: 'purchase_count', missing: 0 }, totalSpend: { column: 'total_spend', missing: 0 },
  firstPurchaseAt: { column: 'first_purchase_at', missing: null }, lastPurchaseAt: { column: 'last_purchase_at', missing: null },
  rfmR: { column: 'r_score', missing: null }, rfmF: { column: 'f_score', missing: null }, rfmM: { column: 'm_score', missing: null },
} as const;

/** A condition on one of a person's figures, over the people list's `p`; the value is bound. */
export function figureCondition(name: keyof typeof FIGURE_COLUMNS, op: keyof typeof CMP | 'empty' | 'not_empty', value: number | string | null): RawBuilder<boolean> {
  const { column, missing } = FIGURE_COLUMNS[name];
  const figure = sql`(select f.${sql.ref(column)} from person_figures f where f.workspace_id = p.workspace_id and f.person_id = p.person_id)`;
  if (op === 'empty') return sql<boolean>`${figure} is null`;
  if (op === 'not_empty') return sql<boolean>`${figure} is not null`;
  const current = missing === null ? figure : sql`coalesce(${figure}, ${missing})`;
  return typeof value === 'string'
    ? sql<boolean>`${current} ${sql.raw(CMP[op])} ${value}::timestamptz`
    : sql<boolean>`${current} ${sql.raw(CMP[op])} ${value}`;
}

/** Workspaces that have figures, by skipping along the primary key (one probe per workspace). */
export async function workspacesWithFigures(db: Executor): Promise<string[]> {
  const r = await sql<{ workspace_id: string }>`
    with recursive w as (
      (select workspace_id from person_figures order by workspace_id limit 1)
      union all
      select (select f.workspace_id from person_figures f where f.workspace_id > w.workspace_id order by f.workspace_id limit 1) from w where w.workspace_id is not null
    ) select workspace_id from w where workspace_id is not null`.execute(db);
  return r.rows.map((x) => x.workspace_id);
}

export async function lapseAfterDays(db: Executor, workspaceId: string): Promise<number> {
  const r = await db.selectFrom('lifecycle_rules').select('lapse_after_days').where('workspace_id', '=', workspaceId).executeTakeFirst() as { lapse_after_days: number } | undefined;
  return r?.lapse_after_days ?? 365;
}

export async function setLapseAfterDays(db: Executor, workspaceId: string, days: number): Promise<void> {
  await sql`
    insert into lifecycle_rules (workspace_id, lapse_after_days) values (${workspaceId}, ${days})
    on conflict (workspace_id) do update set lapse_after_days = excluded.lapse_after_days, updated_at = now()`.execute(db);
}
