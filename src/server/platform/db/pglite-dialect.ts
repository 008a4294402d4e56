// Kysely dialect over the PGlite worker. Every Kysely connection holds the session mutex from acquire
// to release, so a transaction owns the one session until it commits or rolls back.
import {
  CompiledQuery, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler,
  type DatabaseConnection, type Dialect, type Driver, type Kysely, type QueryResult,
} from 'kysely';
import type { PgliteClient } from './pglite-client.ts';

class PgliteConnection implements DatabaseConnection {
  #client: PgliteClient;
  constructor(client: PgliteClient) { this.#client = client; }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    // Without parameters use the simple protocol, as pg does: migrations send several statements at once.
    const r = compiled.parameters.length === 0
      ? await this.#client.send({ op: 'exec', sql: compiled.sql })
      : await this.#client.send({ op: 'query', sql: compiled.sql, params: [...compiled.parameters] });
    return {
      rows: r.rows as R[],
      ...(r.affectedRows != null ? { numAffectedRows: BigInt(r.affectedRows) } : {}),
    };
  }

  // eslint-disable-next-line require-yield -- streaming is not offered by PGlite; the contract needs the method
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported on PGlite; page with keyset queries instead');
  }
}

class PgliteDriver implements Driver {
  #client: PgliteClient;
  #unlock = new WeakMap<DatabaseConnection, () => void>();
  constructor(client: PgliteClient) { this.#client = client; }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const unlock = await this.#client.mutex.lock();
    const conn = new PgliteConnection(this.#client);
    this.#unlock.set(conn, unlock);
    return conn;
  }

  async beginTransaction(conn: DatabaseConnection, settings: { isolationLevel?: string; accessMode?: string }): Promise<void> {
    const parts = ['begin'];
    if (settings.isolationLevel) parts.push(`isolation level ${settings.isolationLevel}`);
    if (settings.accessMode) parts.push(settings.accessMode);
    await conn.executeQuery(CompiledQuery.raw(parts.join(' ')));
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`savepoint "${name.replaceAll('"', '')}"`));
  }

  async rollbackToSavepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`rollback to savepoint "${name.replaceAll('"', '')}"`));
  }

  async releaseSavepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`release savepoint "${name.replaceAll('"', '')}"`));
  }

  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    this.#unlock.get(conn)?.();
    this.#unlock.delete(conn);
  }

  async destroy(): Promise<void> {}
}

class SingleSessionAdapter extends PostgresAdapter {
  override get supportsMultipleConnections(): boolean { return false; }
  // The session mutex already serialises everything, migrations included.
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

export class PgliteWorkerDialect implements Dialect {
  #client: PgliteClient;
  constructor(client: PgliteClient) { this.#client = client; }
  createAdapter() { return new SingleSessionAdapter(); }
  createDriver() { return new PgliteDriver(this.#client); }
  createQueryCompiler() { return new PostgresQueryCompiler(); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
  createIntrospector(db: Kysely<any>) { return new PostgresIntrospector(db); }
}
