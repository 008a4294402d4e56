// Cold start and memory of the real app (`node src/server/main.ts`) on both backends — issue #2,
// acceptance point 6. For each backend: a first start on an empty database (migrations run) and a warm
// restart on the same data, `--runs` times each (default 5), medians reported. Beside them, measured in
// the same run and the same way (spawn → answer, /proc peak RSS): a bare Fastify hello world, a bare
// PGlite opening a new and an existing data folder, and a bare `pg` connection. Runs are interleaved so
// drift in the machine's state (page cache, CPU clock) falls on all cases alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { intFlag } from './lib/args.ts';
import { createDatabase, databaseUrl, dropDatabase, serverUrl, unreachableReason } from './lib/postgres.ts';
import { freePort, readMemory, spawnNode, stopProcess, waitForLine, waitForStatus, type Spawned } from './lib/proc.ts';
import { median } from './lib/stats.ts';
import type { BenchResult, BenchRow, Reference } from './lib/types.ts';

export const description = 'Cold start and memory of the app on PGlite and PostgreSQL, beside bare Fastify, PGlite and pg';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAIN = 'src/server/main.ts';

interface Sample { healthzMs: number; readyzMs: number; peakReadyMb: number; peakAfterRequestsMb: number }

// The caller's own database settings must not leak into a measured start.
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'LOG_LEVEL', 'WORKERS']) delete env[k];
  return { ...env, ...extra };
}

async function get(url: string): Promise<void> {
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status >= 500) throw new Error(`${url} answered ${res.status}`);
}

async function measureHttp(args: string[], env: Record<string, string>, requestPath: string, requests: number): Promise<Sample> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const s = spawnNode(args, { cwd: ROOT, env: cleanEnv({ ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKERS: '1' }) });
  try {
    const healthz = await waitForStatus(s, `${base}/healthz`);
    const readyz = await waitForStatus(s, `${base}/readyz`);
    const ready = readMemory(s.pid);
    for (let i = 0; i < requests; i++) await get(`${base}${requestPath}`);
    const after = readMemory(s.pid);
    return { healthzMs: healthz - s.startedAt, readyzMs: readyz - s.startedAt, peakReadyMb: ready.peakRssMb, peakAfterRequestsMb: after.peakRssMb };
  } finally {
    await stopProcess(s);
  }
}

// Reference: Fastify alone, answering the same two probes; CommonJS so `node -e` resolves it from ROOT.
const FASTIFY_HELLO = `
const app = require('fastify')();
app.get('/healthz', async () => ({ status: 'ok' }));
app.get('/readyz', async () => ({ status: 'ready' }));
app.listen({ port: Number(process.env.PORT), host: process.env.HOST });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));`;

// References for the database part: open, answer one query, print "ready", close when stdin ends.
const PGLITE_OPEN = `
const { PGlite } = await import('@electric-sql/pglite');
const db = await PGlite.create(process.env.BENCH_PGDATA);
await db.query('select 1');
console.log('ready');
process.stdin.on('end', async () => { await db.close(); process.exit(0); }).resume();`;

const PG_CONNECT = `
const { default: pg } = await import('pg');
const client = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
await client.connect();
await client.query('select 1');
console.log('ready');
process.stdin.on('end', async () => { await client.end(); process.exit(0); }).resume();`;

interface OpenSample { readyMs: number; peakMb: number }

async function measureScript(script: string, env: Record<string, string>): Promise<OpenSample> {
  const s: Spawned = spawnNode(['--input-type=module', '-e', script], { cwd: ROOT, env: cleanEnv(env) });
  try {
    const { at } = await waitForLine(s, /^ready$/);
    return { readyMs: at - s.startedAt, peakMb: readMemory(s.pid).peakRssMb };
  } finally {
    s.child.stdin!.end();
    await Promise.race([s.exited, new Promise((r) => setTimeout(r, 10_000))]);
    await stopProcess(s);
  }
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'daifuku-bench-'));
}

function version(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

export default async function run(args: string[]): Promise<BenchResult> {
  const runs = intFlag(args, 'runs', 5);
  const requests = intFlag(args, 'requests', 20);
  if (!fs.existsSync(path.join(ROOT, MAIN))) throw new Error(`${MAIN} does not exist yet: nothing to start`);

  const pgUrl = serverUrl();
  const pgSkip = await unreachableReason(pgUrl);
  const pgDb = `daifuku_bench_${process.pid}`;

  const fastify: Sample[] = [];
  const pgliteNew: OpenSample[] = [];
  const pgliteExisting: OpenSample[] = [];
  const pgConnect: OpenSample[] = [];
  const app = { pglite: { first: [] as Sample[], warm: [] as Sample[] }, postgres: { first: [] as Sample[], warm: [] as Sample[] } };

  for (let i = 0; i < runs; i++) {
    process.stderr.write(`startup: run ${i + 1}/${runs}\n`);
    fastify.push(await measureHttp(['-e', FASTIFY_HELLO], {}, '/healthz', requests));

    const bare = tempDir();
    try {
      pgliteNew.push(await measureScript(PGLITE_OPEN, { BENCH_PGDATA: bare }));
      pgliteExisting.push(await measureScript(PGLITE_OPEN, { BENCH_PGDATA: bare }));
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }

    const dataDir = tempDir();
    try {
      app.pglite.first.push(await measureHttp([MAIN], { DATA_DIR: dataDir }, '/api/auth/session', requests));
      app.pglite.warm.push(await measureHttp([MAIN], { DATA_DIR: dataDir }, '/api/auth/session', requests));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }

    if (pgSkip === null) {
      const url = databaseUrl(pgUrl, pgDb);
      try {
        await createDatabase(pgUrl, pgDb);
        pgConnect.push(await measureScript(PG_CONNECT, { BENCH_DATABASE_URL: url }));
        app.postgres.first.push(await measureHttp([MAIN], { DATABASE_URL: url }, '/api/auth/session', requests));
        app.postgres.warm.push(await measureHttp([MAIN], { DATABASE_URL: url }, '/api/auth/session', requests));
      } finally {
        await dropDatabase(pgUrl, pgDb);
      }
    }
  }

  const med = <T>(xs: T[], f: (x: T) => number) => (xs.length ? median(xs.map(f)) : null);
  const ref = <T>(label: string, xs: T[], f: (x: T) => number): Reference | null => {
    const v = med(xs, f);
    return v === null ? null : { label, value: v };
  };
  const group = (name: string, samples: Sample[], dbRef: Reference | null, dbMemRef: Reference | null): BenchRow[] => [
    { group: name, metric: 'spawn → /healthz 200', unit: 'ms', ours: med(samples, (s) => s.healthzMs), reference: ref('bare Fastify', fastify, (s) => s.healthzMs) },
    { group: name, metric: 'spawn → /readyz 200', unit: 'ms', ours: med(samples, (s) => s.readyzMs), reference: dbRef },
    { group: name, metric: 'peak RSS when ready', unit: 'MB', ours: med(samples, (s) => s.peakReadyMb), reference: dbMemRef },
    { group: name, metric: `peak RSS after ${requests} requests`, unit: 'MB', ours: med(samples, (s) => s.peakAfterRequestsMb),
      reference: ref(`bare Fastify, ${requests} requests`, fastify, (s) => s.peakAfterRequestsMb) },
  ];

  const rows = [
    ...group('PGlite · first start', app.pglite.first, ref('bare PGlite, new folder', pgliteNew, (s) => s.readyMs),
      ref('bare PGlite, new folder', pgliteNew, (s) => s.peakMb)),
    ...group('PGlite · warm restart', app.pglite.warm, ref('bare PGlite, existing', pgliteExisting, (s) => s.readyMs),
      ref('bare PGlite, existing', pgliteExisting, (s) => s.peakMb)),
  ];
  if (pgSkip === null) {
    rows.push(
      ...group('PostgreSQL · first start', app.postgres.first, ref('bare pg connect', pgConnect, (s) => s.readyMs), ref('bare pg connect', pgConnect, (s) => s.peakMb)),
      ...group('PostgreSQL · warm restart', app.postgres.warm, ref('bare pg connect', pgConnect, (s) => s.readyMs), ref('bare pg connect', pgConnect, (s) => s.peakMb)),
    );
  }

  const notes = [
    `Medians of ${runs} runs; times from spawn() to the first 200, including Node's own start. Peak RSS is VmHWM of the process (PGlite's worker thread included).`,
    `Node ${process.versions.node}, PGlite ${version('@electric-sql/pglite')}, Fastify ${version('fastify')}, pg ${version('pg')}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}.`,
    'The app starts with WORKERS=1 (job workers in-process, as `npm start` does) and LOG_LEVEL=warn; a first start runs all migrations.',
  ];
  if (pgSkip !== null) notes.push(`PostgreSQL skipped: ${new URL(pgUrl).host} not reachable (${pgSkip}). Set DATABASE_URL to include it.`);
  else notes.push(`PostgreSQL: ${new URL(pgUrl).host}, a fresh database ${pgDb} per run, dropped afterwards.`);

  return {
    rows,
    notes,
    details: { runs, requests, samples: { fastify, pgliteNew, pgliteExisting, pgConnect, app } },
  };
}
