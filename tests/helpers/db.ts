// A fresh, migrated database per test file on the backend under test: PGlite (a copy of a migrated
// template, in memory) or a new database on the PostgreSQL server named by TEST_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db } from '../../src/server/platform/db/index.ts';
import { migrateToLatest } from '../../src/server/platform/migrations/index.ts';

export type TestBackend = 'pglite' | 'postgres';

export function testBackend(): TestBackend {
  const b = process.env.TEST_BACKEND ?? 'pglite';
  if (b !== 'pglite' && b !== 'postgres') throw new Error(`TEST_BACKEND must be pglite or postgres, not ${b}`);
  if (b === 'postgres' && !process.env.TEST_DATABASE_URL) throw new Error('TEST_BACKEND=postgres needs TEST_DATABASE_URL');
  return b;
}

let template: Promise<Blob> | undefined;

async function pgliteTemplate(): Promise<Blob> {
  const db = await openDatabase({ memory: true });
  await migrateToLatest(db.kysely);
  const blob = await db.dump!();
  await db.close();
  return blob;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

export interface TestDb extends Db { url?: string }

export async function createTestDb(): Promise<TestDb> {
  if (testBackend() === 'pglite') {
    template ??= pgliteTemplate();
    return openDatabase({ memory: true, loadDataDir: await template });
  }
  const name = `daifuku_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = withDatabase(process.env.TEST_DATABASE_URL!, name);
  const db = await openDatabase({ databaseUrl: url, poolSize: 5 });
  await migrateToLatest(db.kysely);
  return {
    ...db, url,
    close: async () => {
      await db.close();
      await admin(async (c) => {
        // The pool's end does not wait for each connection's goodbye; a forced drop cutting one off
        // mid-goodbye makes that client report an error after the test has passed.
        for (let i = 0; i < 100; i++) {
          const r = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
          if (r.rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await c.query(`drop database if exists ${name} with (force)`);
      });
    },
  };
}

/** A fresh empty database on the PostgreSQL server, for a server process to migrate itself. */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `daifuku_p_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  return { url: withDatabase(process.env.TEST_DATABASE_URL!, name), drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined) };
}
