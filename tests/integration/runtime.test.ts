// The server stays responsive while the database works: /healthz answers during a long query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { sql } from '../../src/server/platform/db/index.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(() => t.close());

describe('responsiveness', () => {
  it('answers /healthz while a one-second query is still running', async () => {
    let queryDone = false;
    const slow = sql`select pg_sleep(1)`.execute(t.db.kysely).then(() => { queryDone = true; });
    // Let the query reach the database before asking for health.
    await new Promise((r) => setTimeout(r, 100));
    const health = await t.app.http.inject({ method: 'GET', url: '/healthz' });
    const answeredDuringQuery = !queryDone;
    await slow;
    expect(health.statusCode).toBe(200);
    expect(answeredDuringQuery).toBe(true);
    expect(queryDone).toBe(true);
  });

  it('dates come back as YYYY-MM-DD strings on either backend, whatever the time zone', async () => {
    const r = await sql<{ d: unknown }>`select date '1985-05-05' as d`.execute(t.db.kysely);
    expect(r.rows[0]!.d).toBe('1985-05-05');
  });

  it('counts come back as numbers on either backend', async () => {
    const r = await sql<{ n: number; big: number }>`select count(*) as n, 9007199254740::bigint as big from workspaces`.execute(t.db.kysely);
    expect(r.rows[0]).toEqual({ n: 0, big: 9007199254740 });
  });

  it('publishes the OpenAPI document of every API route', async () => {
    const doc = (await t.app.http.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const documented = Object.keys(doc.paths);
    const apiRoutes = new Set(t.app.http.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs')).map((r) => r.url.replace(/:(\w+)/g, '{$1}')));
    expect(documented.sort()).toEqual([...apiRoutes].sort());
    expect(doc.paths['/api/invitations'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'role']);
  });

  it('sends security headers and a request id, and keeps API answers out of caches', async () => {
    const r = await t.app.http.inject({ method: 'GET', url: '/api/setup', headers: { 'x-request-id': 'trace-123' } });
    expect(r.headers['x-request-id']).toBe('trace-123');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
  });
});

