// The real application on a fresh test database, driven through HTTP (Fastify inject).
import { loadConfig, type Config } from '../../src/server/platform/config.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { buildApp, type App } from '../../src/server/app.ts';
import { createTestDb, type TestDb } from './db.ts';

export interface TestApp { app: App; db: TestDb; config: Config; clock: { now: Date; advance(ms: number): void }; close(): Promise<void> }

export async function createTestApp(env: Record<string, string> = {}, opts: { db?: TestDb } = {}): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: 'nonexistent-web-dist', WORKERS: '0', ...env });
  const db = opts.db ?? await createTestDb();
  const clock = { now: new Date(), advance(ms: number) { this.now = new Date(this.now.getTime() + ms); } };
  const app = await buildApp({ config, db, log: createLogger('silent'), now: () => clock.now });
  await app.http.ready();
  return {
    app, db, config, clock,
    close: async () => { await app.close(); await db.close(); },
  };
}

export interface Reply { status: number; body: any; headers: Record<string, unknown> }

/** A browser-like caller: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  locale = 'ja';
  #t: TestApp;
  constructor(t: TestApp) { this.#t = t; }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const h: Record<string, string> = { 'accept-language': this.locale, ...headers };
    if (this.cookie) h.cookie = `daifuku_session=${this.cookie}`;
    if (this.csrf && !['GET', 'HEAD'].includes(method)) h['x-csrf-token'] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await this.#t.app.http.inject({ method: method as 'GET', url, headers: h, ...(body !== undefined ? { payload: body as object } : {}) });
    const setCookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('daifuku_session='));
    if (setCookie) this.cookie = setCookie.slice('daifuku_session='.length).split(';')[0] || undefined;
    const text = res.body;
    let parsed: unknown = text;
    if (String(res.headers['content-type'] ?? '').includes('json') && text) parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrf = String((parsed as { csrfToken: string }).csrfToken);
    if (parsed && typeof parsed === 'object' && 'session' in parsed) this.csrf = (parsed as { session: { csrfToken: string } }).session.csrfToken;
    return { status: res.statusCode, body: parsed, headers: res.headers };
  }
  get(url: string) { return this.request('GET', url); }
  post(url: string, body?: unknown) { return this.request('POST', url, body ?? {}); }
  patch(url: string, body?: unknown) { return this.request('PATCH', url, body ?? {}); }
  put(url: string, body?: unknown) { return this.request('PUT', url, body ?? {}); }
  delete(url: string) { return this.request('DELETE', url); }
}

export const OWNER = { workspaceName: '大福商店', displayName: '山田 花子', email: 'hanako@example.jp', password: 'correct horse battery' };

/** Runs first-run setup and returns the owner's signed-in client. */
export async function setupOwner(t: TestApp, input: Partial<typeof OWNER> = {}): Promise<Client> {
  const c = new Client(t);
  const r = await c.post('/api/setup', { ...OWNER, ...input, locale: 'ja', loadDemo: false });
  if (r.status !== 201) throw new Error(`setup failed: ${r.status} ${JSON.stringify(r.body)}`);
  return c;
}

/** Invites someone with a role and returns their signed-in client. */
export async function addMember(t: TestApp, owner: Client, email: string, role: string): Promise<Client> {
  const inv = await owner.post('/api/invitations', { email, role });
  if (inv.status !== 201) throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
  const token = String(inv.body.url).split('/invite/')[1];
  const c = new Client(t);
  const r = await c.post('/api/invitations/accept', { token, displayName: email.split('@')[0], password: 'member password 123' });
  if (r.status !== 200) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return c;
}
