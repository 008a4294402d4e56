// One database handle over either backend: PGlite in a worker thread (default) or a PostgreSQL server.
import path from 'node:path';
import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { PgliteClient } from './pglite-client.ts';
import { PgliteWorkerDialect } from './pglite-dialect.ts';
import { lockDataDir } from './lock.ts';

export { DatabaseError } from './pglite-client.ts';
export { DataDirLockedError } from './lock.ts';
export { sql, type RawBuilder };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each repo narrows it with withTables<T>()
export type Executor = Kysely<any>;

export type Backend = 'pglite' | 'postgres';

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in it taken literally. */
export function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * VACUUM ANALYZE, after a bulk load and hourly on PGlite, which runs no autovacuum. ANALYZE: plans made
 * while the tables were tiny (foreign-key checks among them, cached for the life of the one backend)
 * would scan whole tables once they are large; it also invalidates those cached plans. VACUUM: marks pages
 * all-visible, without which an index-only scan (the two-character search) reads the table after all —
 * at 1M people that made it 4–14× slower on PGlite. Not inside a transaction.
 */
export async function refreshStatistics(db: Executor): Promise<void> {
  await sql`vacuum (analyze)`.execute(db);
}

/**
 * Fresh planner statistics for tables a bulk write is filling: plans made while a table was small (a
 * sequential scan joined row by row) take minutes once it holds a hundred thousand rows more. Unlike
 * refreshStatistics, cheap enough to run between the batches of a write, and allowed in a transaction.
 */
export async function analyzeTables(db: Executor, tables: readonly string[]): Promise<void> {
  await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
}

/** What pg-boss needs to run on this database. */
export type QueueConnection =
  | { kind: 'connectionString'; connectionString: string }
  | { kind: 'pglite'; executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

export interface Db {
  backend: Backend;
  kysely: Executor;
  queue: QueueConnection;
  /** A snapshot of the embedded database (tests clone a migrated template from it). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite; undefined with `memory` true for an in-memory database. */
  dataDir?: string | undefined;
  memory?: boolean;
  loadDataDir?: Blob | undefined;
  poolSize?: number;
}

// int8 (count(*), sums) arrives as a string from pg and as a number from PGlite: parse alike. A date
// stays 'YYYY-MM-DD': as a JS Date it would be local midnight and shift a day when written back in UTC.
const INT8_OID = 20;
export const DATE_OID = 1082;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (v: string) => Number(v);
    if (oid === DATE_OID) return (v: string) => v;
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
};

export async function openDatabase(opts: OpenOptions): Promise<Db> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10, types: pgTypes as pg.CustomTypesConfig });
    const kysely = new Kysely({ dialect: new PostgresDialect({ pool }) });
    await sql`select 1`.execute(kysely);
    return {
      backend: 'postgres',
      kysely,
      queue: { kind: 'connectionString', connectionString: opts.databaseUrl },
      close: () => kysely.destroy(),
    };
  }

  const dataDir = opts.memory ? undefined : path.resolve(opts.dataDir ?? 'data');
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PgliteClient;
  try {
    client = await PgliteClient.open({ dataDir: dataDir ? path.join(dataDir, 'pgdata') : undefined, loadDataDir: opts.loadDataDir });
  } catch (e) {
    unlock();
    throw e;
  }
  const kysely = new Kysely({ dialect: new PgliteWorkerDialect(client) });
  return {
    backend: 'pglite',
    kysely,
    queue: {
      kind: 'pglite',
      // pg-boss sends parameterless multi-statement blocks (BEGIN … COMMIT) through the simple protocol;
      // a failure inside one must not leave the shared session in an aborted transaction.
      executeSql: (text, values) => client.mutex.run(async () => {
        if (values?.length) return client.send({ op: 'query', sql: text, params: values });
        try {
          return await client.send({ op: 'exec', sql: text });
        } catch (e) {
          await client.send({ op: 'exec', sql: 'rollback' }).catch(() => undefined);
          throw e;
        }
      }),
    },
    dump: () => client.dump(),
    close: async () => {
      await kysely.destroy();
      await client.close();
      unlock();
    },
  };
}
