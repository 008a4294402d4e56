// Orders as the record and the timeline show them, and the purchase part of a person's figures.
import type { Executor } from '../../platform/db/index.ts';
import { notFound } from '../../platform/errors.ts';
import { isoTime } from '../../lib/time.ts';
import type { Order } from '../../../common/history.ts';
import * as repo from './order-repo.ts';

export async function getOrder(db: Executor, workspaceId: string, orderId: string): Promise<Order> {
  const o = await repo.findOrder(db, workspaceId, orderId);
  if (!o) throw notFound('order');
  const lines = await repo.linesOf(db, workspaceId, orderId);
  return {
    orderId: o.order_id, personId: o.person_id, externalId: o.external_id, orderedAt: isoTime(o.ordered_at), channel: o.channel as Order['channel'],
    store: o.store, paymentMethod: o.payment_method, total: Number(o.total), tax: Number(o.tax), pointsUsed: o.points_used, pointsEarned: o.points_earned,
    returnsOrderId: o.returns_order_id,
    lines: lines.map((l) => ({
      lineNo: l.line_no, productId: l.product_id, productCode: l.product_code, productName: l.product_name,
      quantity: Number(l.quantity), unitPrice: Number(l.unit_price), taxRate: l.tax_rate, amount: Number(l.amount),
    })),
  };
}

/** Timeline entries for a person's orders. */
export async function purchaseEntries(db: Executor, workspaceId: string, personId: string, before: { at: string; id: string } | null, limit: number) {
  return (await repo.ordersBefore(db, workspaceId, personId, before, limit)).map((o) => ({
    kind: 'purchase' as const, id: o.order_id, at: new Date(o.ordered_at), by: null, summary: o.first_product,
    data: { total: Number(o.total), lineCount: o.line_count, channel: o.channel, store: o.store, externalId: o.external_id, returnsOrderId: o.returns_order_id, isReturn: o.returns_order_id !== null },
  }));
}

export async function purchaseFigures(db: Executor, workspaceId: string, personId: string) {
  const t = await repo.purchaseTotals(db, workspaceId, personId);
  return { purchase_count: t.n, total_spend: Number(t.spend ?? 0), first_purchase_at: t.first_at ? new Date(t.first_at) : null, last_purchase_at: t.last_at ? new Date(t.last_at) : null };
}
