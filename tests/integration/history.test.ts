// History through the API: orders from a register sent twice count once, returns, unknown cards,
// per-row errors and atomic batches, activities and the timeline, figures across a merge, RFM and lapse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { nightly } from '../../src/server/domains/figures/service.ts';

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
});
afterAll(() => t.close());

const person = async (familyName: string, extra: Record<string, unknown> = {}) => (await owner.post('/api/people', { familyName, ...extra })).body as { personId: string; version: number };
const figures = async (personId: string) => (await owner.get(`/api/people/${personId}/figures`)).body;
const sale = (externalId: string, customer: Record<string, unknown>, amount: number, orderedAt = '2026-10-01T10:00:00+09:00', extra: Record<string, unknown> = {}) => ({
  externalId, orderedAt, channel: 'shop', store: '本店', paymentMethod: '現金', customer, lines: [{ productName: '大福', quantity: 1, unitPrice: amount, taxRate: 8 }], ...extra,
});
const batch = (orders: unknown[], atomic = false) => owner.post(`/api/purchases/batch${atomic ? '?atomic=true' : ''}`, { orders });

describe('orders from a register', () => {
  it('counts a batch sent twice once: one set of orders, figures counted once', async () => {
    const p = await person('二重', { memberNumber: 'M-0001' });
    const orders = [sale('R-1', { cardNumber: 'M-0001' }, 1080), sale('R-2', { cardNumber: 'M-0001' }, 2160, '2026-10-02T10:00:00+09:00'), sale('R-2', { cardNumber: 'M-0001' }, 2160)];
    const first = await batch(orders);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 2, duplicates: 1, peopleCreated: 0, errors: [], applied: true });
    const again = await batch(orders);
    expect(again.body).toMatchObject({ created: 0, duplicates: 3, peopleCreated: 0, errors: [] });
    const f = await figures(p.personId);
    expect(f).toMatchObject({ purchaseCount: 2, totalSpend: 3240, averageSpend: 1620, ltv: 3240 });
    expect(f.firstPurchaseAt).toBe('2026-10-01T01:00:00.000Z');
    expect(f.lastPurchaseAt).toBe('2026-10-02T01:00:00.000Z');
    const timeline = (await owner.get(`/api/people/${p.personId}/timeline?kinds=purchase`)).body.items;
    expect(timeline.map((e: { data: { externalId: string } }) => e.data.externalId)).toEqual(['R-2', 'R-1']);
  });

  it('takes a return off total spend and LTV, not off the purchase count', async () => {
    const p = await person('返品', { emails: [{ email: 'henpin@example.jp' }] });
    await batch([{ ...sale('S-1', { email: 'HENPIN@example.jp' }, 0), lines: [{ productName: '羊羹', quantity: 2, unitPrice: 5000, taxRate: 8 }] }]);
    const ret = await batch([{ ...sale('S-1R', { email: 'henpin@example.jp' }, 0, '2026-10-03T10:00:00+09:00'), returnsExternalId: 'S-1', lines: [{ productName: '羊羹', quantity: -1, unitPrice: 5000, taxRate: 8 }] }]);
    expect(ret.body).toMatchObject({ created: 1, errors: [] });
    expect(await figures(p.personId)).toMatchObject({ purchaseCount: 1, totalSpend: 5000, ltv: 5000, lastPurchaseAt: '2026-10-01T01:00:00.000Z' });
    const orderId = (await owner.get(`/api/people/${p.personId}/timeline?kinds=purchase`)).body.items[0].id;
    const order = (await owner.get(`/api/orders/${orderId}`)).body;
    expect(order).toMatchObject({ total: -5000, tax: -370, returnsOrderId: expect.any(String), lines: [{ quantity: -1, amount: -5000, taxRate: 8 }] });
  });

  it('makes one prospect for an unknown card, however many orders name it, and it becomes a customer', async () => {
    const card = { cardNumber: 'Ｃ-9999', familyName: '初来店' };
    const first = await batch([sale('U-1', card, 500, '2026-09-01T10:00:00+09:00'), sale('U-2', { cardNumber: 'C-9999' }, 700, '2026-09-05T10:00:00+09:00')]);
    expect(first.body).toMatchObject({ created: 2, peopleCreated: 1, errors: [] });
    const later = await batch([sale('U-3', { cardNumber: 'C-9999' }, 900, '2026-09-10T10:00:00+09:00')]);
    expect(later.body).toMatchObject({ created: 1, peopleCreated: 0 });
    const found = (await owner.get('/api/people?q=C-9999')).body.items;
    expect(found).toHaveLength(1);
    const rec = (await owner.get(`/api/people/${found[0].personId}`)).body;
    expect(rec).toMatchObject({ familyName: '初来店', memberNumber: 'C-9999', lifecycleStage: 'customer' });
    expect(rec.lifecycleHistory.map((h: { toStage: string; changedAt: string }) => [h.toStage, h.changedAt]))
      .toEqual([['prospect', '2026-09-01T01:00:00.000Z'], ['customer', '2026-09-01T01:00:00.000Z']]);
    expect(await figures(found[0].personId)).toMatchObject({ purchaseCount: 3, totalSpend: 2100 });
  });

  it('applies the valid orders of a batch and lists each bad one by index, in Japanese', async () => {
    const p = await person('混在', { memberNumber: 'M-MIX' });
    const orders = [
      sale('X-1', { cardNumber: 'M-MIX' }, 1000),
      sale('X-2', { email: 'not an email' }, 1000),
      { ...sale('X-3', { cardNumber: 'M-MIX' }, 1000), lines: [{ productCode: 'NO-SUCH', quantity: 1, unitPrice: 100 }] },
      { ...sale('X-4', { cardNumber: 'M-MIX' }, 1000), total: 999 },
      { orderedAt: 'yesterday', customer: {}, lines: [] },
      sale('X-6', { cardNumber: 'M-MIX' }, 1000, '2026-10-01T10:00:00+09:00', { returnsExternalId: 'NEVER-SOLD' }),
    ];
    const r = await batch(orders);
    expect(r.body.created).toBe(1);
    const byIndex = (i: number) => r.body.errors.filter((e: { index: number }) => e.index === i);
    expect(byIndex(0)).toEqual([]);
    expect(byIndex(1)).toMatchObject([{ externalId: 'X-2', field: 'customer.email', code: 'invalid_email_address' }]);
    expect(byIndex(2)).toMatchObject([{ externalId: 'X-3', field: 'lines.0.productCode', code: 'unknown_product' }]);
    expect(byIndex(2)[0].message).toContain('商品マスタ');
    expect(byIndex(3)).toMatchObject([{ field: 'total', code: 'total_mismatch' }]);
    expect(byIndex(3)[0].message).toContain('1,000');
    expect(byIndex(4).map((e: { field: string }) => e.field).sort()).toEqual(['externalId', 'lines', 'orderedAt']);
    expect(byIndex(5)).toMatchObject([{ field: 'returnsExternalId', code: 'unknown_return_order' }]);
    expect(await figures(p.personId)).toMatchObject({ purchaseCount: 1, totalSpend: 1000 });
  });

  it('with atomic=true applies nothing when any order is bad, and then everything once it is fixed', async () => {
    const p = await person('全部か無', { memberNumber: 'M-ATOM' });
    const good = sale('A-1', { cardNumber: 'M-ATOM' }, 1000);
    const unknownCard = sale('A-2', { cardNumber: 'NEW-CARD' }, 1000);
    const refused = await batch([good, unknownCard, { ...sale('A-3', { cardNumber: 'M-ATOM' }, 1000), lines: [{ productCode: 'NO-SUCH', quantity: 1, unitPrice: 1 }] }], true);
    expect(refused.body).toMatchObject({ created: 0, peopleCreated: 0, applied: false, errors: [{ index: 2, code: 'unknown_product' }] });
    expect(await figures(p.personId)).toMatchObject({ purchaseCount: 0, totalSpend: 0 });
    expect((await owner.get('/api/people?q=NEW-CARD')).body.items).toHaveLength(0);
    const fixed = await batch([good, unknownCard], true);
    expect(fixed.body).toMatchObject({ created: 2, peopleCreated: 1, applied: true, errors: [] });
  });

  it('takes one order webhook-style: 201 when written, 200 when sent again, 400 naming the field when bad', async () => {
    await person('ウェブ', { memberNumber: 'M-HOOK' });
    const order = sale('EC-1', { cardNumber: 'M-HOOK' }, 3300, '2026-10-05T10:00:00+09:00', { channel: 'ec' });
    expect((await owner.post('/api/purchases', order)).status).toBe(201);
    expect((await owner.post('/api/purchases', order)).status).toBe(200);
    const bad = await owner.post('/api/purchases', { ...order, externalId: 'EC-2', lines: [{ productCode: 'NO-SUCH', quantity: 1, unitPrice: 1 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'lines.0.productCode', code: 'unknown_product' });
  });

  it('prices lines from the catalogue by code, with its tax rate', async () => {
    const prod = await owner.post('/api/products', { code: 'WAGASHI-1', name: '豆大福', price: 260, taxRate: 8 });
    expect(prod.status).toBe(201);
    expect((await owner.post('/api/products', { code: 'WAGASHI-1', name: '別物', price: 1 })).body.errors[0]).toMatchObject({ field: 'code', code: 'product_code_taken' });
    const p = await person('商品', { memberNumber: 'M-PROD' });
    await batch([{ ...sale('P-1', { cardNumber: 'M-PROD' }, 0), lines: [{ productCode: 'WAGASHI-1', quantity: 3, unitPrice: 260 }] }]);
    const orderId = (await owner.get(`/api/people/${p.personId}/timeline?kinds=purchase`)).body.items[0].id;
    expect((await owner.get(`/api/orders/${orderId}`)).body).toMatchObject({ total: 780, tax: 57, lines: [{ productId: prod.body.productId, productName: '豆大福', taxRate: 8, amount: 780 }] });
  });
});

describe('activities and the timeline', () => {
  it('shows calls, visits, purchases, contracts, notes and stage changes newest first, page by page', async () => {
    t.clock.now = new Date('2026-11-18T00:00:00Z');
    const p = await person('時系列', { memberNumber: 'M-TL' });
    t.clock.now = new Date('2026-11-20T01:00:00Z');
    const call = await owner.post(`/api/people/${p.personId}/activities`, { kind: 'call', details: { direction: 'out', result: 'reached', durationSeconds: 120 }, body: '新作の案内' });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({ kind: 'call', staffName: '山田 花子', occurredAt: '2026-11-20T01:00:00.000Z' });
    t.clock.now = new Date('2026-11-20T03:00:00Z');
    await owner.post(`/api/people/${p.personId}/activities`, { kind: 'visit', details: { visitType: 'shop' } });
    await batch([sale('TL-1', { cardNumber: 'M-TL' }, 500, '2026-11-19T10:00:00+09:00')]);
    await owner.post(`/api/people/${p.personId}/contracts`, { plan: '月替わり和菓子便', startedOn: '2026-11-01', renewsOn: '2026-12-01', amount: 3300, period: 'month' });
    // Started and cancelled on one day: two entries with the contract's id, both kept across page seams.
    await owner.post(`/api/people/${p.personId}/contracts`, { plan: 'お試し便', status: 'cancelled', startedOn: '2026-11-05', cancelledOn: '2026-11-05', cancelReason: '申込み間違い', amount: 0, period: 'once' });
    const all = (await owner.get(`/api/people/${p.personId}/timeline`)).body.items;
    expect(all.map((e: { kind: string }) => e.kind).slice(0, 2)).toEqual(['visit', 'call']);
    // The purchase and the stage change it caused share a moment.
    expect(all.slice(2, 4).map((e: { kind: string }) => e.kind).sort()).toEqual(['lifecycle', 'purchase']);
    expect(all.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['contract', 'lifecycle']));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { kind: string; id: string; at: string }[]; nextCursor: string | null } = (await owner.get(`/api/people/${p.personId}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
      seen.push(...page.items.map((e) => `${e.kind}:${e.id}:${e.at}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((e: { kind: string; id: string; at: string }) => `${e.kind}:${e.id}:${e.at}`));
    expect((await owner.get(`/api/people/${p.personId}/timeline?kinds=call,visit`)).body.items.map((e: { kind: string }) => e.kind)).toEqual(['visit', 'call']);
    expect((await owner.get(`/api/people/${p.personId}/timeline?kinds=phone`)).body.field).toBe('querystring.kinds');
    const f = await figures(p.personId);
    expect(f.lastActivityByKind).toEqual({ call: '2026-11-20T01:00:00.000Z', visit: '2026-11-20T03:00:00.000Z' });
    expect(f.ltv).toBe(500 + 3300);
    expect(all.filter((e: { kind: string; data: { event?: string } }) => e.kind === 'contract').map((e: { data: { event: string } }) => e.data.event).sort()).toEqual(['cancelled', 'started', 'started']);
    // Deleting the only visit takes it out of the last contact per kind.
    const visitId = all.find((e: { kind: string }) => e.kind === 'visit').id;
    expect((await owner.delete(`/api/activities/${visitId}`)).status).toBe(204);
    expect((await figures(p.personId)).lastActivityByKind).toEqual({ call: '2026-11-20T01:00:00.000Z' });
  });

  it('keeps custom field values on activities, checks them by type, and follows an option merge', async () => {
    const field = (await owner.post('/api/fields', { entityType: 'activity', label: '来店目的', type: 'single_choice', options: [{ label: '贈答' }, { label: 'ギフト' }, { label: '自宅用' }] })).body;
    const [gift, gift2] = field.options.map((o: { optionId: string }) => o.optionId);
    const p = await person('目的');
    const visit = await owner.post(`/api/people/${p.personId}/activities`, { kind: 'visit', custom: { [field.fieldId]: gift2 } });
    expect(visit.status).toBe(201);
    expect(visit.body.custom).toEqual({ [field.fieldId]: gift2 });
    const bad = await owner.post(`/api/people/${p.personId}/activities`, { kind: 'visit', custom: { [field.fieldId]: 'no-such-option' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe(`custom.${field.fieldId}`);
    // A person's field is not an activity's.
    const personField = (await owner.post('/api/fields', { entityType: 'person', label: '好物', type: 'text' })).body;
    const wrong = await owner.post(`/api/people/${p.personId}/activities`, { kind: 'visit', custom: { [personField.fieldId]: '羊羹' } });
    expect(wrong.status).toBe(400);
    const merged = await owner.post(`/api/fields/${field.fieldId}/options/merge`, { fromOptionIds: [gift2], intoOptionId: gift });
    expect(merged.body.recordsChanged).toBe(1);
    expect((await owner.get('/api/fields?entityType=activity')).body.items.map((f: { label: string }) => f.label)).toEqual(['来店目的']);
  });

  it('refuses details a kind does not have, and an archived touchpoint, naming the field', async () => {
    const p = await person('詳細');
    const r = await owner.post(`/api/people/${p.personId}/activities`, { kind: 'visit', details: { durationSeconds: 5 } });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].field).toBe('details.durationSeconds');
    const tp = (await owner.post('/api/touchpoints', { name: '催事' })).body;
    await owner.patch(`/api/touchpoints/${tp.touchpointId}`, { archived: true });
    const archived = await owner.post(`/api/people/${p.personId}/activities`, { kind: 'event', touchpointId: tp.touchpointId });
    expect(archived.body.errors[0]).toMatchObject({ field: 'touchpointId', code: 'unknown_reference' });
  });
});

describe('figures', () => {
  it('follow a merge (both people’s orders, counted once) and its undo', async () => {
    const a = await person('併合', { memberNumber: 'M-A' });
    const b = await person('併合', { memberNumber: 'M-B' });
    await batch([sale('MA-1', { cardNumber: 'M-A' }, 1000, '2026-08-01T10:00:00+09:00'), sale('MB-1', { cardNumber: 'M-B' }, 4000, '2026-09-01T10:00:00+09:00')]);
    const merged = await owner.post('/api/people/merge', { survivorId: a.personId, mergedId: b.personId });
    expect(merged.status).toBe(200);
    expect(await figures(a.personId)).toMatchObject({ purchaseCount: 2, totalSpend: 5000, firstPurchaseAt: '2026-08-01T01:00:00.000Z', lastPurchaseAt: '2026-09-01T01:00:00.000Z' });
    expect((await owner.post(`/api/people/merges/${merged.body.mergeId}/undo`)).status).toBe(204);
    expect(await figures(a.personId)).toMatchObject({ purchaseCount: 1, totalSpend: 1000 });
    expect(await figures(b.personId)).toMatchObject({ purchaseCount: 1, totalSpend: 4000 });
  });

  it('filter the people list: by purchase count, spend and last purchase, and name a bad value by its label', async () => {
    const q = async (conditions: unknown[]) => {
      const r = await owner.get(`/api/people?limit=200&filter=${encodeURIComponent(JSON.stringify({ match: 'all', conditions }))}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.items.map((i: { familyName: string }) => i.familyName);
    };
    await person('絞込多', { memberNumber: 'M-F1' });
    await person('絞込無');
    await batch([sale('F-1', { cardNumber: 'M-F1' }, 7000, '2026-07-01T10:00:00+09:00'), sale('F-2', { cardNumber: 'M-F1' }, 8000, '2026-07-02T10:00:00+09:00')]);
    expect(await q([{ field: 'purchaseCount', op: 'gte', value: 2 }, { field: 'totalSpend', op: 'gt', value: 14_000 }])).toEqual(['絞込多']);
    expect(await q([{ field: 'lastPurchaseAt', op: 'lt', value: '2026-07-03T00:00:00+09:00' }, { field: 'lastPurchaseAt', op: 'gte', value: '2026-07-02T00:00:00+09:00' }])).toEqual(['絞込多']);
    // Never bought: count 0 and no last purchase.
    const never = await q([{ field: 'purchaseCount', op: 'eq', value: 0 }, { field: 'lastPurchaseAt', op: 'empty' }]);
    expect(never).toContain('絞込無');
    expect(never).not.toContain('絞込多');
    const bad = await owner.get(`/api/people?filter=${encodeURIComponent(JSON.stringify({ match: 'all', conditions: [{ field: 'purchaseCount', op: 'gte', value: 'many' }] }))}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'querystring.filter.conditions.0.value', code: 'filter_value' });
    expect(bad.body.errors[0].message).toContain('購入回数');
  });

  it('a customer without a purchase for the lapse period becomes a former customer', async () => {
    expect((await owner.put('/api/settings/lifecycle-rules', { lapseAfterDays: 10 })).status).toBe(400);
    expect((await owner.put('/api/settings/lifecycle-rules', { lapseAfterDays: 60 })).body).toEqual({ lapseAfterDays: 60 });
    const old = await person('休眠', { memberNumber: 'M-OLD' });
    const recent = await person('常連', { memberNumber: 'M-NEW' });
    await batch([sale('L-1', { cardNumber: 'M-OLD' }, 100, '2026-08-01T10:00:00+09:00'), sale('L-2', { cardNumber: 'M-NEW' }, 100, '2026-11-01T10:00:00+09:00')]);
    t.clock.now = new Date('2026-11-23T00:00:00Z');
    await nightly(t.app.deps);
    expect((await owner.get(`/api/people/${old.personId}`)).body.lifecycleStage).toBe('former');
    expect((await owner.get(`/api/people/${recent.personId}`)).body.lifecycleStage).toBe('customer');
    await batch([sale('L-3', { cardNumber: 'M-OLD' }, 100, '2026-11-22T10:00:00+09:00')]);
    expect((await owner.get(`/api/people/${old.personId}`)).body.lifecycleStage).toBe('customer');
  });
});
