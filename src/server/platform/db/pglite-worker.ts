// Runs PGlite in a worker thread. A PGlite query blocks its thread for its whole length (WASM), so the
// HTTP server keeps its own thread free and talks to the database through messages.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import type { WorkerReply, WorkerRequest } from './pglite-protocol.ts';

interface Options { dataDir: string | undefined; loadDataDir: Blob | undefined }

const port = parentPort;
if (!port) throw new Error('pglite-worker must run in a worker thread');

const { dataDir, loadDataDir } = workerData as Options;

// Extensions live in the WASM build, not in the data folder: they must be named on every open.
const db = await PGlite.create({
  ...(dataDir ? { dataDir } : {}),
  ...(loadDataDir ? { loadDataDir } : {}),
  extensions: { pg_trgm, btree_gin },
  // Dates as 'YYYY-MM-DD', as the pg pool gives them (see index.ts).
  parsers: { 1082: (v: string) => v },
});

function errorFields(err: unknown): WorkerReply['error'] {
  const e = err as Record<string, unknown>;
  return {
    message: String(e?.message ?? err),
    code: typeof e?.code === 'string' ? e.code : undefined,
    detail: typeof e?.detail === 'string' ? e.detail : undefined,
    constraint: typeof e?.constraint === 'string' ? e.constraint : undefined,
    table: typeof e?.table === 'string' ? e.table : undefined,
    column: typeof e?.column === 'string' ? e.column : undefined,
  };
}

port.on('message', async (req: WorkerRequest) => {
  try {
    switch (req.op) {
      case 'query': {
        const r = await db.query<Record<string, unknown>>(req.sql, req.params, { rowMode: 'object' });
        port.postMessage({ id: req.id, rows: r.rows, affectedRows: r.affectedRows, fields: r.fields.map((f) => f.name) } satisfies WorkerReply);
        break;
      }
      case 'exec': {
        const results = await db.exec(req.sql);
        port.postMessage({ id: req.id, rows: results.flatMap((r) => r.rows as Record<string, unknown>[]), affectedRows: results.at(-1)?.affectedRows } satisfies WorkerReply);
        break;
      }
      case 'dump': {
        const blob = await db.dumpDataDir('none');
        port.postMessage({ id: req.id, rows: [], blob } satisfies WorkerReply);
        break;
      }
      case 'close': {
        await db.close();
        port.postMessage({ id: req.id, rows: [] } satisfies WorkerReply);
        port.close();
        break;
      }
    }
  } catch (err) {
    port.postMessage({ id: req.id, rows: [], error: errorFields(err) } satisfies WorkerReply);
  }
});

port.postMessage({ id: 0, rows: [] } satisfies WorkerReply);
