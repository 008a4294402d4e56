// Setup, sign-in, brute-force throttling, CSRF, API keys and invitations through the real HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, Client, createTestApp, OWNER, setupOwner, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '6', LOGIN_LOCK_MINUTES: '15' });
  owner = await setupOwner(t);
});
afterAll(() => t.close());

describe('first-run setup', () => {
  it('is needed only until the first owner exists', async () => {
    expect((await new Client(t).get('/api/setup')).body).toEqual({ needed: false });
    const again = await new Client(t).post('/api/setup', { ...OWNER, email: 'intruder@example.jp', locale: 'ja', loadDemo: false });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('setup_done');
  });

  it('signs the owner in to a Japanese session', async () => {
    const s = await owner.get('/api/auth/session');
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ role: 'owner', workspace: { name: '大福商店' }, user: { email: OWNER.email, locale: 'ja' } });
  });
});

describe('sign-in', () => {
  it('accepts the right password (email case and width do not matter) and refuses a wrong one', async () => {
    const ok = await new Client(t).post('/api/auth/login', { email: 'ＨＡＮＡＫＯ＠example.jp', password: OWNER.password });
    expect(ok.status).toBe(200);
    const bad = await new Client(t).post('/api/auth/login', { email: OWNER.email, password: 'wrong password' });
    expect(bad.status).toBe(401);
    expect(bad.body.detail).toBe('メールアドレスまたはパスワードが正しくありません。');
    const unknown = await new Client(t).post('/api/auth/login', { email: 'nobody@example.jp', password: 'whatever' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.detail).toBe(bad.body.detail);
  });

  it('slows repeated failures, then locks the account even for the right password', async () => {
    const email = 'hanako@example.jp';
    const c = new Client(t);
    // Reset the counter left by the previous test with a success.
    expect((await c.post('/api/auth/login', { email, password: OWNER.password })).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await c.post('/api/auth/login', { email, password: 'guess' + i })).status).toBe(401);
    const slowed = await c.post('/api/auth/login', { email, password: OWNER.password });
    expect(slowed.status).toBe(429);
    expect(slowed.body.code).toBe('login_slowed');
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    // Waiting as told lets the next guesses in, each with a longer wait, until the lock.
    for (let i = 3; i < 6; i++) {
      t.clock.advance(61_000);
      expect((await c.post('/api/auth/login', { email, password: 'guess' + i })).status).toBe(401);
    }
    t.clock.advance(61_000);
    const locked = await c.post('/api/auth/login', { email, password: OWNER.password });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('login_locked');
    expect(locked.body.detail).toContain('14 分後');
    t.clock.advance(15 * 60_000);
    expect((await c.post('/api/auth/login', { email, password: OWNER.password })).status).toBe(200);
  });

  it('counts parallel guesses one by one', async () => {
    await addMember(t, owner, 'parallel@example.jp', 'viewer');
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      new Client(t).post('/api/auth/login', { email: 'parallel@example.jp', password: `parallel guess ${i}` })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
  });

  it('ends the session at logout', async () => {
    const c = await addMember(t, owner, 'logout@example.jp', 'member');
    expect((await c.get('/api/auth/session')).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/session')).status).toBe(401);
  });
});

describe('expired sessions', () => {
  it('are refused once past their time, and swept by the hourly job', async () => {
    const c = await addMember(t, owner, 'expiring@example.jp', 'viewer');
    t.clock.advance(t.config.sessionTtlHours * 3600_000 + 1000);
    expect((await c.get('/api/auth/session')).status).toBe(401);
    const sweep = t.app.jobs.find((j) => j.name === 'auth.sweep_sessions')!;
    const result = await sweep.handler({} as never) as { deleted: number };
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    // The owner's session was older than the jump too: it ends the same way, and signing in again works.
    expect((await owner.get('/api/auth/session')).status).toBe(401);
    await owner.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect((await owner.get('/api/auth/session')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, and with a wrong one', async () => {
    const c = new Client(t);
    c.cookie = owner.cookie;
    const none = await c.patch('/api/auth/me', { displayName: '乗っ取り' });
    expect(none.status).toBe(403);
    expect(none.body.code).toBe('csrf_failed');
    c.csrf = 'wrong';
    expect((await c.patch('/api/auth/me', { displayName: '乗っ取り' })).status).toBe(403);
    expect((await owner.get('/api/auth/session')).body.user.displayName).toBe(OWNER.displayName);
  });
});

describe('API keys', () => {
  it('work for their own workspace only, with their own role, until revoked', async () => {
    const created = await owner.post('/api/api-keys', { name: '基幹システム連携', role: 'viewer' });
    expect(created.status).toBe(201);
    const api = new Client(t);
    api.bearer = created.body.secret;
    expect((await api.get('/api/members')).status).toBe(200);
    expect((await api.get('/api/api-keys')).status).toBe(403);
    // A key never reaches a session-only route, and needs no CSRF token for writes it may do.
    expect((await api.get('/api/auth/session')).status).toBe(403);
    const listed = await owner.get('/api/api-keys');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret.split('_').at(-1));
    expect((await owner.delete(`/api/api-keys/${created.body.apiKey.apiKeyId}`)).status).toBe(204);
    expect((await api.get('/api/members')).status).toBe(401);
  });

  it('refuses a forged key naming a real key but the wrong secret', async () => {
    const created = await owner.post('/api/api-keys', { name: 'forge test', role: 'admin' });
    const forged = created.body.secret.replace(/_[^_]+$/, '_' + 'A'.repeat(43));
    const api = new Client(t);
    api.bearer = forged;
    expect((await api.get('/api/members')).status).toBe(401);
  });

  it('cannot be created with a higher role than the creator has', async () => {
    const admin = await addMember(t, owner, 'admin-keys@example.jp', 'admin');
    const r = await admin.post('/api/api-keys', { name: 'escalate', role: 'owner' });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('role_too_high');
  });
});

describe('members and invitations', () => {
  it('lets an invited person join with the invited role, once', async () => {
    const inv = await owner.post('/api/invitations', { email: 'staff@example.jp', role: 'member' });
    const token = inv.body.url.split('/invite/')[1];
    const preview = await new Client(t).get(`/api/invitations/accept/${token}`);
    expect(preview.body).toEqual({ workspaceName: '大福商店', email: 'staff@example.jp', role: 'member', existingUser: false });
    const staff = new Client(t);
    expect((await staff.post('/api/invitations/accept', { token, displayName: '佐藤 次郎', password: 'staff password 1' })).status).toBe(200);
    expect((await staff.get('/api/auth/session')).body.role).toBe('member');
    const again = await new Client(t).post('/api/invitations/accept', { token, displayName: 'x', password: 'another password' });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('invitation_invalid');
  });

  it('builds the link from the address the inviter used, or from PUBLIC_URL when set', async () => {
    const lan = await owner.request('POST', '/api/invitations', { email: 'lan@example.jp', role: 'viewer' }, { host: '192.168.1.10:3000' });
    expect(lan.body.url).toMatch(/^http:\/\/192\.168\.1\.10:3000\/invite\/[0-9a-f]{64}_[\w-]+$/);
    const fixed = await createTestApp({ PUBLIC_URL: 'https://crm.example.jp/' });
    try {
      const o = await setupOwner(fixed);
      const r = await o.request('POST', '/api/invitations', { email: 'x@example.jp', role: 'viewer' }, { host: 'evil.example' });
      expect(r.body.url.startsWith('https://crm.example.jp/invite/')).toBe(true);
    } finally {
      await fixed.close();
    }
  });

  it('keeps at least one owner', async () => {
    const me = (await owner.get('/api/auth/session')).body.user.userId;
    const r = await owner.patch(`/api/members/${me}`, { role: 'admin' });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('last_owner');
  });

  it('signs a removed member out of the workspace at once', async () => {
    const gone = await addMember(t, owner, 'leaving@example.jp', 'member');
    const id = (await gone.get('/api/auth/session')).body.user.userId;
    expect((await owner.delete(`/api/members/${id}`)).status).toBe(204);
    expect((await gone.get('/api/members')).status).toBe(401);
  });

  it('records who did what in the audit log', async () => {
    const log = await owner.get('/api/audit?limit=200');
    const actions = log.body.items.map((i: { action: string }) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.setup', 'auth.login', 'auth.login_failed', 'api_keys.created', 'api_keys.revoked', 'invitations.accepted', 'members.removed']));
  });
});

describe('account', () => {
  it('changes the password only with the current one, and signs out other sessions', async () => {
    const u = await addMember(t, owner, 'pw@example.jp', 'member');
    const other = new Client(t);
    await other.post('/api/auth/login', { email: 'pw@example.jp', password: 'member password 123' });
    const wrong = await u.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a new password 1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.field).toBe('currentPassword');
    expect((await u.post('/api/auth/password', { currentPassword: 'member password 123', newPassword: 'a new password 1' })).status).toBe(204);
    expect((await u.get('/api/auth/session')).status).toBe(200);
    expect((await other.get('/api/auth/session')).status).toBe(401);
  });

  it('creates another workspace owned by the user and switches back', async () => {
    const created = await owner.post('/api/workspaces', { name: '二号店' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'owner', workspace: { name: '二号店' } });
    expect(created.body.workspaces).toHaveLength(2);
    const first = created.body.workspaces.find((w: { name: string }) => w.name === '大福商店').workspaceId;
    const back = await owner.post('/api/auth/switch-workspace', { workspaceId: first });
    expect(back.body.workspace.name).toBe('大福商店');
  });
});
