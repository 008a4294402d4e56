// Scratch databases on a PostgreSQL server for benchmarks: each measured start gets a database of its own,
// created through the server's maintenance database `postgres` and dropped afterwards.
import pg from 'pg';

/** DATABASE_URL if set, else the local server the machines run (user postgres, trust auth). */
export function serverUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** The same server and credentials, another database. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(url, 'postgres'), connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** null when the server answers, else why not (the bench then reports PostgreSQL as skipped). */
export async function unreachableReason(url: string): Promise<string | null> {
  try {
    await withAdmin(url, (c) => c.query('select 1'));
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

export async function createDatabase(url: string, name: string): Promise<void> {
  await withAdmin(url, async (c) => {
    await c.query(`drop database if exists ${ident(name)} with (force)`);
    await c.query(`create database ${ident(name)}`);
  });
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await withAdmin(url, (c) => c.query(`drop database if exists ${ident(name)} with (force)`));
}

/** A database kept between runs of a benchmark (made on the first, or anew with `fresh`); its URL. */
export async function keptDatabase(url: string, name: string, fresh: boolean): Promise<string> {
  const exists = await withAdmin(url, async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
  if (fresh || !exists) await createDatabase(url, name);
  return databaseUrl(url, name);
}
