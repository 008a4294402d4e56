// The main thread's handle on the PGlite worker: one session, guarded by one mutex that Kysely
// transactions and pg-boss both take, so their statements never interleave.
import { Worker } from 'node:worker_threads';
import { Mutex } from './mutex.ts';
import type { WorkerReply, WorkerRequest } from './pglite-protocol.ts';

export class DatabaseError extends Error {
  code: string | undefined;
  detail: string | undefined;
  constraint: string | undefined;
  table: string | undefined;
  column: string | undefined;
  constructor(e: NonNullable<WorkerReply['error']>) {
    super(e.message);
    this.name = 'DatabaseError';
    this.code = e.code;
    this.detail = e.detail;
    this.constraint = e.constraint;
    this.table = e.table;
    this.column = e.column;
  }
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface QueryResult { rows: Record<string, unknown>[]; affectedRows?: number | undefined }

export class PgliteClient {
  readonly mutex = new Mutex();
  #worker: Worker;
  #nextId = 1;
  #pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  #closed = false;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      const p = this.#pending.get(reply.id);
      if (!p) return;
      this.#pending.delete(reply.id);
      if (reply.error) p.reject(new DatabaseError(reply.error));
      else p.resolve(reply);
    });
    worker.on('error', (err) => this.#failAll(err));
    worker.on('exit', (code) => this.#failAll(new Error(`PGlite worker exited with code ${code}`)));
  }

  /** Opens PGlite in a worker thread; `dataDir` undefined means in memory. */
  static async open(options: { dataDir?: string | undefined; loadDataDir?: Blob | undefined }): Promise<PgliteClient> {
    const worker = new Worker(new URL('./pglite-worker.ts', import.meta.url), {
      workerData: { dataDir: options.dataDir, loadDataDir: options.loadDataDir },
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: WorkerReply) => {
        if (m.id !== 0) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return new PgliteClient(worker);
  }

  #failAll(err: Error): void {
    this.#closed = true;
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
  }

  /** Sends without taking the mutex: only for a caller that already holds it. */
  send(req: Distribute<WorkerRequest>): Promise<WorkerReply> {
    if (this.#closed) return Promise.reject(new Error('The database is closed'));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...req, id });
    });
  }

  /** One statement with bound parameters, as its own unit of work on the shared session. */
  query(sql: string, params: unknown[] = []): Promise<QueryResult> {
    return this.mutex.run(() => this.send({ op: 'query', sql, params }));
  }

  /** Several statements without parameters (the simple protocol), as one unit of work. */
  exec(sql: string): Promise<QueryResult> {
    return this.mutex.run(() => this.send({ op: 'exec', sql }));
  }

  /** A copy of the whole data folder, used to clone a migrated template database in tests. */
  async dump(): Promise<Blob> {
    const r = await this.mutex.run(() => this.send({ op: 'dump' }));
    if (!r.blob) throw new Error('PGlite returned no dump');
    return r.blob;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.mutex.run(() => this.send({ op: 'close' }));
    this.#closed = true;
    await this.#worker.terminate();
  }
}
