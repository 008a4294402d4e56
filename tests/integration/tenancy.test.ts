// One workspace never sees another's records: by session or by API key, B's ids answer 404 in A.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { loadDemo } from '../../src/server/domains/demo/index.ts';

let t: TestApp;
let ownerA: Client;
let keyA: Client;
const b = { workspaceId: '', memberId: '', invitationId: '', apiKeyId: '', jobRunId: '', keySecret: '', personId: '' };

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
  });
});
