// PGlite runs no autovacuum: an hourly job vacuums and refreshes planner statistics there (a server does it itself).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { loadDemo } from '../../src/server/domains/demo/index.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(() => t.close());

it('schedules VACUUM ANALYZE hourly on PGlite only, and running it gives the planner the real table sizes and visible pages', async () => {
  const job = t.app.jobs.find((j) => j.name === 'maintenance.analyze');
  if (t.db.backend === 'postgres') {
    expect(job).toBeUndefined();
    return;
  }
  expect(job?.cron).toMatch(/^\d+ \* \* \* \*$/);
  const owner = await setupOwner(t);
  const workspaceId = (await owner.get('/api/auth/session')).body.workspace.workspaceId;
  // loadDemo refreshes statistics at its end; the deletion after it is what the planner has not seen yet.
  await loadDemo(t.db.kysely, workspaceId, { people: 300, seed: 3 }, { done: 0, progress: async () => {} });
  await sql`delete from people where workspace_id = ${workspaceId} and person_id in (select person_id from people where workspace_id = ${workspaceId} limit 100)`.execute(t.db.kysely);
  const estimate = async () => Number((await sql<{ n: number }>`select reltuples as n from pg_class where relname = 'people'`.execute(t.db.kysely)).rows[0]!.n);
  expect(await estimate()).toBe(300);
  // New rows in the search table: ANALYZE alone counts their pages as not all-visible.
  await sql`insert into person_search_grams select workspace_id, gram || 'x', person_id from person_search_grams`.execute(t.db.kysely);
  await sql`analyze person_search_grams`.execute(t.db.kysely);
  const pages = async () => (await sql<{ visible: number; pages: number }>`select relallvisible as visible, relpages as pages from pg_class where relname = 'person_search_grams'`.execute(t.db.kysely)).rows[0]!;
  expect((await pages()).visible).toBeLessThan((await pages()).pages);
  await job!.handler({} as never);
  expect(await estimate()).toBe(200);
  // VACUUM too: every page is all-visible again, which index-only scans (the two-character search) need.
  expect((await pages()).visible).toBe((await pages()).pages);
});
