// One workspace never sees another's records: by session or by API key, B's ids answer 404 in A.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { loadDemo } from '../../src/server/domains/demo/index.ts';

let t: TestApp;
let ownerA: Client;
let keyA: Client;
const b = { workspaceId: '', memberId: '', invitationId: '', apiKeyId: '', jobRunId: '', keySecret: '', personId: '', activityId: '', contractId: '', productId: '', touchpointId: '', orderId: '' };

beforeAll(async () => {
  t = await createTestApp();
  ownerA = await setupOwner(t);
  keyA = new Client(t);
  keyA.bearer = (await ownerA.post('/api/api-keys', { name: 'A admin key', role: 'owner' })).body.secret;

  // B: started by someone who is only a viewer in A.
  const ownerB = await addMember(t, ownerA, 'b-owner@example.jp', 'viewer');
  const created = await ownerB.post('/api/workspaces', { name: 'B 株式会社' });
  b.workspaceId = created.body.workspace.workspaceId;
  const memberB = await addMember(t, ownerB, 'b-staff@example.jp', 'member');
  b.memberId = (await memberB.get('/api/auth/session')).body.user.userId;
  b.invitationId = (await ownerB.post('/api/invitations', { email: 'b-pending@example.jp', role: 'viewer' })).body.invitation.invitationId;
  const key = await ownerB.post('/api/api-keys', { name: 'B key', role: 'owner' });
  b.apiKeyId = key.body.apiKey.apiKeyId;
  b.keySecret = key.body.secret;
  b.jobRunId = (await ownerB.post('/api/demo', { people: 3 })).body.jobRunId;
  b.personId = (await ownerB.post('/api/people', { familyName: '別社', emails: [{ email: 'b-customer@example.jp' }] })).body.personId;
  await loadDemo(t.db.kysely, b.workspaceId, { people: 25, seed: 7 }, { done: 0, progress: async () => {} });
  // B's history: an activity, a contract, a product, a touchpoint, and an order by a card only B knows.
  b.activityId = (await ownerB.post(`/api/people/${b.personId}/activities`, { kind: 'call' })).body.activityId;
  b.contractId = (await ownerB.post(`/api/people/${b.personId}/contracts`, { plan: 'B便', startedOn: '2026-11-01', amount: 1000 })).body.contractId;
  b.productId = (await ownerB.post('/api/products', { code: 'B-1', name: 'B品', price: 100 })).body.productId;
  b.touchpointId = (await ownerB.post('/api/touchpoints', { name: 'B接点' })).body.touchpointId;
  await ownerB.patch(`/api/people/${b.personId}`, { version: 1, memberNumber: 'B-CARD' });
  await ownerB.post('/api/purchases', { externalId: 'B-ORDER', orderedAt: '2026-11-01T10:00:00+09:00', customer: { cardNumber: 'B-CARD' }, lines: [{ productCode: 'B-1', quantity: 1, unitPrice: 100 }] });
  b.orderId = (await ownerB.get(`/api/people/${b.personId}/timeline?kinds=purchase`)).body.items[0].id;
});
afterAll(() => t.close());

const attempts = () => [
  ['PATCH', `/api/members/${b.memberId}`, { role: 'viewer' }],
  ['DELETE', `/api/members/${b.memberId}`, undefined],
  ['DELETE', `/api/invitations/${b.invitationId}`, undefined],
  ['DELETE', `/api/api-keys/${b.apiKeyId}`, undefined],
  ['GET', `/api/jobs/${b.jobRunId}`, undefined],
  ['GET', `/api/people/${b.personId}`, undefined],
  ['PATCH', `/api/people/${b.personId}`, { version: 1, familyName: '乗っ取り' }],
  ['DELETE', `/api/people/${b.personId}`, undefined],
  ['POST', `/api/people/${b.personId}/restore`, undefined],
  ['GET', `/api/people/${b.personId}/timeline`, undefined],
  ['GET', `/api/people/${b.personId}/figures`, undefined],
  ['GET', `/api/people/${b.personId}/contracts`, undefined],
  ['POST', `/api/people/${b.personId}/activities`, { kind: 'visit' }],
  ['POST', `/api/people/${b.personId}/contracts`, { plan: '乗っ取り', startedOn: '2026-11-01', amount: 1 }],
  ['DELETE', `/api/activities/${b.activityId}`, undefined],
  ['PATCH', `/api/contracts/${b.contractId}`, { amount: 1, version: 1 }],
  ['PATCH', `/api/products/${b.productId}`, { price: 1, version: 1 }],
  ['PATCH', `/api/touchpoints/${b.touchpointId}`, { name: '乗っ取り' }],
  ['GET', `/api/orders/${b.orderId}`, undefined],
  ['GET', `/api/contracts/${b.contractId}`, undefined],
  ['GET', `/api/products/${b.productId}`, undefined],
] as const;

describe("workspace A cannot reach workspace B's records", () => {
  it.each([['session'], ['API key']])('by %s: every B id is 404', async (via) => {
    const c = via === 'session' ? ownerA : keyA;
    for (const [method, url, body] of attempts()) {
      const r = await c.request(method, url, body);
      expect(r.status, `${method} ${url}`).toBe(404);
    }
  });

  it("lists none of B's people, members, invitations or keys", async () => {
    for (const c of [ownerA, keyA]) {
      expect((await c.get('/api/people')).body).toMatchObject({ items: [], total: 0 });
      expect((await c.post('/api/people/duplicates', { person: { familyName: 'x', emails: [{ email: 'b-customer@example.jp' }] } })).body.items).toEqual([]);
      const text = JSON.stringify([await c.get('/api/members'), await c.get('/api/invitations'), await c.get('/api/api-keys'), await c.get('/api/audit?limit=200')]);
      expect(text).not.toContain(b.memberId);
      expect(text).not.toContain('b-pending@example.jp');
      expect(text).not.toContain('B key');
      expect(text).not.toContain(b.workspaceId);
    }
  });

  it("an order in A never lands on B's people or products", async () => {
    const order = (externalId: string, customer: object) => ({ externalId, orderedAt: '2026-11-02T10:00:00+09:00', customer, lines: [{ productCode: 'B-1', productName: '同名品', quantity: 1, unitPrice: 100 }] });
    const byId = await ownerA.post('/api/purchases/batch', { orders: [order('A-1', { personId: b.personId })] });
    expect(byId.body.errors).toMatchObject([{ field: 'customer.personId', code: 'unknown_reference' }]);
    // B's card number is unknown in A: A gets a prospect of its own, and B's order is not a duplicate.
    const byCard = await ownerA.post('/api/purchases/batch', { orders: [order('B-ORDER', { cardNumber: 'B-CARD' })] });
    expect(byCard.body).toMatchObject({ created: 1, duplicates: 0, peopleCreated: 1 });
    expect((await ownerA.get('/api/products')).body.items).toEqual([]);
    expect((await ownerA.get('/api/touchpoints')).body.items).toEqual([]);
    expect((await ownerA.get('/api/contracts/renewals?until=2030-01-01')).body.items).toEqual([]);
  });

  it("cannot make one of B's staff the owner of A's people", async () => {
    const created = await ownerA.post('/api/people', { familyName: '担当違い', ownerUserId: b.memberId });
    expect(created.status).toBe(400);
    expect(created.body.errors[0]).toMatchObject({ field: 'ownerUserId', code: 'unknown_reference' });
    const p = (await ownerA.post('/api/people', { familyName: '担当確認' })).body;
    expect((await ownerA.patch(`/api/people/${p.personId}`, { version: p.version, ownerUserId: b.memberId })).body.errors[0]).toMatchObject({ field: 'ownerUserId', code: 'unknown_reference' });
    const bulk = await ownerA.post('/api/people/bulk', { personIds: [p.personId], action: { kind: 'set_owner', ownerUserId: b.memberId } });
    expect(bulk.status).toBe(400);
    expect(bulk.body.errors[0]).toMatchObject({ field: 'action.ownerUserId', code: 'unknown_reference' });
    expect((await ownerA.get(`/api/people/${p.personId}`)).body).toMatchObject({ ownerUserId: null, version: p.version });
    // A's own member is fine.
    const me = (await ownerA.get('/api/auth/session')).body.user.userId;
    expect((await ownerA.patch(`/api/people/${p.personId}`, { version: p.version, ownerUserId: me })).body.ownerUserId).toBe(me);
  });

  it("cannot switch a session into B without membership", async () => {
    const r = await ownerA.post('/api/auth/switch-workspace', { workspaceId: b.workspaceId });
    expect(r.status).toBe(404);
  });

  it("B's own key sees B's data, and only B's", async () => {
    const c = new Client(t);
    c.bearer = b.keySecret;
    expect((await c.get('/api/people')).body.total).toBe(26);
    expect((await c.get(`/api/people/${b.personId}`)).body.familyName).toBe('別社');
    expect((await c.get(`/api/jobs/${b.jobRunId}`)).status).toBe(200);
    const members = (await c.get('/api/members')).body.items.map((m: { email: string }) => m.email).sort();
    expect(members).toEqual(['b-owner@example.jp', 'b-staff@example.jp']);
  });

  it("B's records are still there after A's attempts", async () => {
    const c = new Client(t);
    c.bearer = b.keySecret;
    expect((await c.get('/api/invitations')).body.items.find((i: { invitationId: string }) => i.invitationId === b.invitationId).revokedAt).toBeNull();
    expect((await c.get(`/api/people/${b.personId}/figures`)).body).toMatchObject({ purchaseCount: 1, totalSpend: 100 });
    expect((await c.get(`/api/people/${b.personId}/timeline?kinds=call`)).body.items.map((e: { id: string }) => e.id)).toEqual([b.activityId]);
    expect((await c.get(`/api/people/${b.personId}/contracts`)).body.items[0]).toMatchObject({ plan: 'B便', amount: 1000 });
  });
});
