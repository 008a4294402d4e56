// orders and order_lines. Batches go in through unnest (a handful of parameters for 10,000 orders, not
// 150,000), and a resent order is skipped by the unique external id, inside the same statement.
import { sql, type Executor } from '../../platform/db/index.ts';

export interface OrderInsert {
  order_id: string; person_id: string; external_id: string; ordered_at: Date; channel: string; store: string | null; payment_method: string | null;
  total: number; tax: number; points_used: number; points_earned: number; returns_order_id: string | null;
}
export interface LineInsert {
  order_id: string; line_no: number; product_id: string | null; product_code: string | null; product_name: string;
  quantity: number; unit_price: number; tax_rate: number; amount: number;
}

/** Serialises order batches of one workspace, so that two batches naming one unknown card make one prospect. */
export async function lockOrders(db: Executor, workspaceId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`orders:${workspaceId}`}))`.execute(db);
}

export async function byExternalIds(db: Executor, workspaceId: string, ids: string[]): Promise<{ external_id: string; order_id: string; person_id: string; returns_order_id: string | null }[]> {
  if (ids.length === 0) return [];
  const r = await sql<{ external_id: string; order_id: string; person_id: string; returns_order_id: string | null }>`
    select external_id, order_id, person_id, returns_order_id from orders where workspace_id = ${workspaceId} and external_id = any(${ids}::text[])`.execute(db);
  return r.rows;
}

/** Inserts the orders whose external id is new; returns the ids of those written. */
export async function insertOrders(db: Executor, workspaceId: string, rows: OrderInsert[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const col = <K extends keyof OrderInsert>(k: K) => rows.map((r) => r[k]);
  const r = await sql<{ order_id: string }>`
    insert into orders (workspace_id, order_id, person_id, external_id, ordered_at, channel, store, payment_method, total, tax, points_used, points_earned, returns_order_id)
    select ${workspaceId}, * from unnest(${col('order_id')}::uuid[], ${col('person_id')}::uuid[], ${col('external_id')}::text[],
      ${rows.map((x) => x.ordered_at.toISOString())}::timestamptz[], ${col('channel')}::text[], ${col('store')}::text[], ${col('payment_method')}::text[],
      ${col('total')}::bigint[], ${col('tax')}::bigint[], ${col('points_used')}::int[], ${col('points_earned')}::int[], ${col('returns_order_id')}::uuid[])
    on conflict (workspace_id, external_id) do nothing
    returning order_id`.execute(db);
  return new Set(r.rows.map((x) => x.order_id));
}

export async function insertLines(db: Executor, workspaceId: string, rows: LineInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof LineInsert>(k: K) => rows.map((r) => r[k]);
  await sql`
    insert into order_lines (workspace_id, order_id, line_no, product_id, product_code, product_name, quantity, unit_price, tax_rate, amount)
    select ${workspaceId}, * from unnest(${col('order_id')}::uuid[], ${col('line_no')}::smallint[], ${col('product_id')}::uuid[], ${col('product_code')}::text[],
      ${col('product_name')}::text[], ${col('quantity')}::numeric[], ${col('unit_price')}::bigint[], ${col('tax_rate')}::smallint[], ${col('amount')}::bigint[])`.execute(db);
}

export interface OrderRow {
  order_id: string; person_id: string; external_id: string | null; ordered_at: Date; channel: string; store: string | null; payment_method: string | null;
  total: string | number; tax: string | number; points_used: number; points_earned: number; returns_order_id: string | null;
}
const ORDER_COLUMNS = sql`o.order_id, o.person_id, o.external_id, o.ordered_at, o.channel, o.store, o.payment_method, o.total, o.tax, o.points_used, o.points_earned, o.returns_order_id`;

export async function findOrder(db: Executor, workspaceId: string, orderId: string): Promise<OrderRow | undefined> {
  const r = await sql<OrderRow>`select ${ORDER_COLUMNS} from orders o where o.workspace_id = ${workspaceId} and o.order_id = ${orderId}`.execute(db);
  return r.rows[0];
}

export async function linesOf(db: Executor, workspaceId: string, orderId: string) {
  const r = await sql<{ line_no: number; product_id: string | null; product_code: string | null; product_name: string; quantity: string | number; unit_price: string | number; tax_rate: number; amount: string | number }>`
    select line_no, product_id, product_code, product_name, quantity, unit_price, tax_rate, amount from order_lines
    where workspace_id = ${workspaceId} and order_id = ${orderId} order by line_no`.execute(db);
  return r.rows;
}

/** A person's orders before a (time, id) position, newest first, with the line count and first product. */
export async function ordersBefore(db: Executor, workspaceId: string, personId: string, before: { at: string; id: string } | null, limit: number) {
  const r = await sql<OrderRow & { line_count: number; first_product: string | null }>`
    select ${ORDER_COLUMNS},
      (select count(*)::int from order_lines l where l.workspace_id = o.workspace_id and l.order_id = o.order_id) as line_count,
      (select l.product_name from order_lines l where l.workspace_id = o.workspace_id and l.order_id = o.order_id order by l.line_no limit 1) as first_product
    from orders o
    where o.workspace_id = ${workspaceId} and o.person_id = ${personId}
      ${before ? sql`and (o.ordered_at, o.order_id) < (${before.at}::timestamptz, ${before.id}::uuid)` : sql``}
    order by o.ordered_at desc, o.order_id desc limit ${limit}`.execute(db);
  return r.rows;
}

/** A person's purchase figures from their orders (after a merge moved some). */
export async function purchaseTotals(db: Executor, workspaceId: string, personId: string) {
  const r = await sql<{ n: number; spend: string | number | null; first_at: Date | null; last_at: Date | null }>`
    select count(*) filter (where returns_order_id is null)::int as n, sum(total) as spend,
      min(ordered_at) filter (where returns_order_id is null) as first_at, max(ordered_at) filter (where returns_order_id is null) as last_at
    from orders where workspace_id = ${workspaceId} and person_id = ${personId}`.execute(db);
  return r.rows[0]!;
}
