// The real app for a benchmark, in-process: config, database, migrations, HTTP routes, no workers; and a
// signed-in owner (set up on a new database, signed in on an existing one).
import { loadConfig } from '../../src/server/platform/config.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { openDatabase, type Db } from '../../src/server/platform/db/index.ts';
import { migrateToLatest } from '../../src/server/platform/migrations/index.ts';
import { buildApp, type App } from '../../src/server/app.ts';

export async function openApp(env: Record<string, string>): Promise<{ app: App; db: Db }> {
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: 'nonexistent-web-dist', WORKERS: '0', ...env });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  await migrateToLatest(db.kysely);
  const app = await buildApp({ config, db, log: createLogger('silent') });
  await app.http.ready();
  return { app, db };
}

export interface BenchOwner { workspaceName: string; displayName: string; email: string; password: string }
export interface Signed { cookie: string; csrf: string; workspaceId: string }

export async function signIn(app: App, owner: BenchOwner): Promise<Signed> {
  const setup = await app.http.inject({ method: 'GET', url: '/api/setup' });
  const res = JSON.parse(setup.body).needed
    ? await app.http.inject({ method: 'POST', url: '/api/setup', payload: owner })
    : await app.http.inject({ method: 'POST', url: '/api/auth/login', payload: { email: owner.email, password: owner.password } });
  const cookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('daifuku_session='))?.split(';')[0];
  if (!cookie) throw new Error(`could not sign in: ${res.statusCode} ${res.body}`);
  const session = JSON.parse((await app.http.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).body);
  return { cookie, csrf: session.csrfToken ?? session.session?.csrfToken, workspaceId: session.workspace.workspaceId };
}
