// Orders from registers (POS) and shops (EC), up to 10,000 per call. Idempotent by external id: a resent
// order, in the same batch or a later one, changes nothing. Each order finds its person (card number,
// email, phone, the other system's id) or makes one prospect per unknown customer; a purchase turns a
// prospect into a customer; the buyers' figures move by what was written, once, in the same transaction.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { fieldProblems, type FieldError } from '../../platform/errors.ts';
import { fieldLabel, t, type Locale } from '../../platform/i18n/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { addPurchases, type PurchaseDelta } from '../figures/index.ts';
import { becomeCustomers, createProspects, resolveCustomers } from '../people/index.ts';
import { orderInputSchema, type OrderBatchResult, type OrderInput } from '../../../common/history.ts';
import * as repo from './order-repo.ts';
import { productsByCode } from './products.ts';
import { priceOrder, type LineOut } from './rules.ts';

type BatchError = OrderBatchResult['errors'][number];

interface Candidate { index: number; order: OrderInput; orderId: string; personId?: string; returnsOrderId?: string | null; returnOf?: Candidate; lines?: (LineOut & { productId: string | null; productCode: string | null; productName: string })[]; total?: number; tax?: number }

/** Amounts in messages as people write them: 1,000. */
const yen = (params: Record<string, unknown> | undefined, locale: Locale) =>
  Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? v.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US') : v]));

/** Rolls the transaction back when an atomic batch has an error found inside it. */
class AtomicRefusal extends Error {}

export async function ingestOrders(deps: Deps, actor: Actor, raw: unknown[], opts: { atomic: boolean; locale: Locale; source: string }): Promise<OrderBatchResult> {
  const errors: BatchError[] = [];
  const problem = (index: number, order: OrderInput | null, e: FieldError) => errors.push({
    index, externalId: order?.externalId ?? null, field: e.field, code: e.code,
    message: t(opts.locale, `validation.${e.code}`, { field: fieldLabel(opts.locale, e.field), ...yen(e.params, opts.locale) }),
  });
  const seen = new Set<string>();
  let duplicates = 0;
  const candidates: Candidate[] = [];
  raw.forEach((item, index) => {
    const parsed = orderInputSchema.safeParse(item);
    if (!parsed.success) {
      const externalId = typeof (item as { externalId?: unknown })?.externalId === 'string' ? (item as { externalId: string }).externalId : null;
      for (const p of fieldProblems(opts.locale, parsed.error.issues, item)) errors.push({ index, externalId, ...p });
      return;
    }
    if (seen.has(parsed.data.externalId)) { duplicates += 1; return; }
    seen.add(parsed.data.externalId);
    candidates.push({ index, order: parsed.data, orderId: uuidv7() });
  });
  const refused = (): OrderBatchResult => ({ created: 0, duplicates: 0, peopleCreated: 0, errors: errors.sort((a, b) => a.index - b.index), applied: false });
  if (opts.atomic && errors.length) return refused();

  try {
    return await deps.db.kysely.transaction().execute(async (trx) => {
      const ws = actor.workspaceId;
      await repo.lockOrders(trx, ws);
      const known = new Map((await repo.byExternalIds(trx, ws, [...seen, ...candidates.flatMap((c) => (c.order.returnsExternalId ? [c.order.returnsExternalId] : []))]))
        .map((o) => [o.external_id, o]));
      const fresh = candidates.filter((c) => {
        if (!known.has(c.order.externalId)) return true;
        duplicates += 1;
        return false;
      });
      const valid = await priceAll(trx, ws, fresh, known, problem);
      const customers = valid.filter((c) => c.personId === undefined && !c.returnOf);
      const resolved = await resolveCustomers(trx, ws, customers.map((c) => ({ keys: c.order.customer, at: new Date(c.order.orderedAt) })));
      customers.forEach((c, i) => {
        const err = resolved.errors.get(i);
        if (err) problem(c.index, c.order, err);
        else c.personId = resolved.personIds[i]!;
      });
      for (const c of valid) {
        if (!c.returnOf) continue;
        if (c.returnOf.personId) c.personId = c.returnOf.personId;
        else problem(c.index, c.order, { field: 'returnsExternalId', code: 'unknown_return_order' });
      }
      const ready = valid.filter((c) => c.personId !== undefined);
      if (opts.atomic && errors.length) throw new AtomicRefusal();

      // Prospects only for customers whose orders go in (an invalid order makes nobody).
      const needed = new Set(ready.map((c) => c.personId));
      const prospects = new Map([...resolved.prospects].filter(([, p]) => needed.has(p.personId)));
      const peopleCreated = await createProspects(trx, ws, prospects, opts.source);
      const written = await repo.insertOrders(trx, ws, ready.map((c) => ({
        order_id: c.orderId, person_id: c.personId!, external_id: c.order.externalId, ordered_at: new Date(c.order.orderedAt), channel: c.order.channel,
        store: c.order.store ?? null, payment_method: c.order.paymentMethod ?? null, total: c.total!, tax: c.tax!,
        points_used: c.order.pointsUsed, points_earned: c.order.pointsEarned, returns_order_id: c.returnsOrderId ?? null,
      })));
      // A batch sent twice at once: the second finds the first's rows only at insert; it counts nothing.
      const done = ready.filter((c) => written.has(c.orderId));
      duplicates += ready.length - done.length;
      await repo.insertLines(trx, ws, done.flatMap((c) => c.lines!.map((l, i) => ({
        order_id: c.orderId, line_no: i + 1, product_id: l.productId, product_code: l.productCode, product_name: l.productName,
        quantity: l.quantity, unit_price: l.unitPrice, tax_rate: l.taxRate, amount: l.amount,
      }))));
      await addPurchases(trx, ws, deltas(done));
      const sales = done.filter((c) => !c.returnsOrderId).map((c) => ({ personId: c.personId!, at: new Date(c.order.orderedAt) }));
      // Purchases have their own dates in the figures; people's last contact (最終接触日) is the activities',
      // which also spares a million wide people rows an update per order.
      await becomeCustomers(trx, ws, sales, resolved.stages);
      return { created: done.length, duplicates, peopleCreated, errors: errors.sort((a, b) => a.index - b.index), applied: true };
    });
  } catch (err) {
    if (err instanceof AtomicRefusal) return refused();
    throw err;
  }
}

/** Finds each line's product and each return's order, and prices the order; keeps the ones that pass. */
async function priceAll(db: Executor, workspaceId: string, list: Candidate[], known: Map<string, { order_id: string; person_id: string; returns_order_id: string | null }>, problem: (i: number, o: OrderInput, e: FieldError) => void): Promise<Candidate[]> {
  const codes = [...new Set(list.flatMap((c) => c.order.lines.flatMap((l) => (l.productCode ? [l.productCode] : []))))];
  const products = new Map((await productsByCode(db, workspaceId, codes)).map((p) => [p.code, p]));
  const inBatch = new Map(list.map((c) => [c.order.externalId, c]));
  return list.filter((c) => {
    const fail = (e: FieldError) => { problem(c.index, c.order, e); return false; };
    if (c.order.returnsExternalId) {
      const original = known.get(c.order.returnsExternalId);
      const earlier = inBatch.get(c.order.returnsExternalId);
      // A return's person is its order's, whatever keys it carries; a return of a return is refused.
      if (original && !original.returns_order_id) { c.personId = original.person_id; c.returnsOrderId = original.order_id; }
      else if (earlier && earlier.index < c.index && !earlier.order.returnsExternalId) { c.returnsOrderId = earlier.orderId; c.returnOf = earlier; }
      else return fail({ field: 'returnsExternalId', code: 'unknown_return_order' });
    }
    const lines: Candidate['lines'] = [];
    for (const [i, l] of c.order.lines.entries()) {
      const product = l.productCode ? products.get(l.productCode) : undefined;
      if (!product && !l.productName) return fail({ field: `lines.${i}.productCode`, code: l.productCode ? 'unknown_product' : 'product_required' });
      const taxRate = (l.taxRate ?? product?.tax_rate ?? 10) as 0 | 8 | 10;
      lines.push({ quantity: l.quantity, unitPrice: l.unitPrice, taxRate, amount: l.amount ?? Math.round(l.quantity * l.unitPrice), tax: 0,
        productId: product?.product_id ?? null, productCode: l.productCode ?? null, productName: l.productName ?? product!.name });
    }
    const priced = priceOrder(lines, c.order.total, Boolean(c.order.returnsExternalId));
    if (!priced.ok) { for (const e of priced.errors) problem(c.index, c.order, e); return false; }
    c.lines = lines.map((l, i) => ({ ...l, ...priced.lines[i]! }));
    c.total = priced.total;
    c.tax = priced.tax;
    return true;
  });
}

/** One delta per buyer: sales count and set the dates; returns only take their amount off the spend. */
function deltas(done: Candidate[]): PurchaseDelta[] {
  const by = new Map<string, PurchaseDelta>();
  for (const c of done) {
    const d = by.get(c.personId!) ?? { personId: c.personId!, count: 0, spend: 0, firstAt: null, lastAt: null };
    d.spend += c.total!;
    if (!c.returnsOrderId) {
      const at = new Date(c.order.orderedAt);
      d.count += 1;
      if (!d.firstAt || at < d.firstAt) d.firstAt = at;
      if (!d.lastAt || at > d.lastAt) d.lastAt = at;
    }
    by.set(c.personId!, d);
  }
  return [...by.values()];
}
