// The customer list at a million people — issue #3's benchmarks. On each backend: the real app in this
// process (HTTP through Fastify inject, signed in), N demo people (default 1,000,000, kept between runs
// in ~/.cache/daifuku/bench and in database bench_customers_N, since loading takes minutes), then:
// first page with a filter and the furigana sort, keyset pages deep in that order, a two-character
// Japanese fragment search, a phone fragment search (p50/p95 over many different values), and the
// duplicate-candidate scan. References measured in the same run: on the server, the bare first page by
// primary key through a plain pg client; on PGlite, the server's figure for the same request (target ≤ 3×).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { intFlag } from './lib/args.ts';
import { createDatabase, databaseUrl, serverUrl, unreachableReason } from './lib/postgres.ts';
import { percentile } from './lib/stats.ts';
import type { BenchResult, BenchRow } from './lib/types.ts';
import { openApp, signIn } from './lib/app.ts';
import { refreshStatistics, sql, type Db } from '../src/server/platform/db/index.ts';
import type { App } from '../src/server/app.ts';
import { loadDemo } from '../src/server/domains/demo/index.ts';
import { scanDuplicates } from '../src/server/domains/people/index.ts';
import { encodeKeyCursor } from '../src/server/lib/paging.ts';

export const description = 'Customer list at 1M people on PGlite and PostgreSQL: filtered kana-sorted page, deep keyset page, 2-character and phone search (p50/p95), duplicate scan';

const SEED = 20261123;
const OWNER = { workspaceName: 'ベンチ商店', displayName: '計測 太郎', email: 'bench@example.jp', password: 'bench-password-1234' };
const CACHE = path.join(os.homedir(), '.cache', 'daifuku', 'bench');

interface Backend { label: 'PGlite' | 'PostgreSQL'; env: Record<string, string>; fresh: boolean }
interface Samples { twoChar: string[]; phone: string[]; deepOffsets: number[] }
interface Measured { firstPage: number[]; deepPage: number[]; twoChar: number[]; phone: number[]; scanMs: number | null; pairs: number | null; loadMs: number | null }

const progress = (msg: string) => process.stderr.write(`[customers] ${msg}\n`);

async function ensurePeople(db: Db, workspaceId: string, people: number): Promise<number | null> {
  const have = Number((await sql<{ n: string }>`select count(*) as n from people where workspace_id = ${workspaceId}`.execute(db.kysely)).rows[0]!.n);
  if (have >= people) return null;
  const started = performance.now();
  let last = 0;
  await loadDemo(db.kysely, workspaceId, { people, seed: SEED }, {
    done: 0,
    progress: async (done) => { if (done - last >= 50_000) { last = done; progress(`loaded ${done.toLocaleString('en')}`); } },
  });
  await refreshStatistics(db.kysely);
  return performance.now() - started;
}

/** Values to search for, taken from the data itself (the same people on both backends: same seed). */
async function samplesOf(db: Db, workspaceId: string, people: number): Promise<Samples> {
  const rows = (await sql<{ name: string; kana: string; phone: string | null }>`
    select family_name || coalesce(given_name, '') as name, coalesce(family_name_kana, '') || coalesce(given_name_kana, '') as kana, phone
    from people where workspace_id = ${workspaceId} order by person_id limit 400`.execute(db.kysely)).rows;
  const twoChar = new Set<string>();
  const phone = new Set<string>();
  rows.forEach((r, i) => {
    const text = [...(i % 2 ? r.kana : r.name)].filter((c) => /\P{ASCII}/u.test(c));
    if (text.length >= 2) { const at = i % (text.length - 1); twoChar.add(text[at]! + text[at + 1]!); }
    const digits = (r.phone ?? '').replace(/\D/g, '');
    if (digits.length >= 8) phone.add(digits.slice(-4 - (i % 4), digits.length - (i % 4)));
  });
  return { twoChar: [...twoChar].slice(0, 40), phone: [...phone].slice(0, 40), deepOffsets: [0.5, 0.7, 0.9, 0.95, 0.99].map((f) => Math.floor(people * f)) };
}

async function timed(app: App, cookie: string, url: string): Promise<number> {
  const t0 = performance.now();
  const res = await app.http.inject({ method: 'GET', url, headers: { cookie } });
  const ms = performance.now() - t0;
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return ms;
}

async function series(app: App, cookie: string, urls: string[], rounds: number): Promise<number[]> {
  for (const url of urls.slice(0, 3)) await timed(app, cookie, url);
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) for (const url of urls) out.push(await timed(app, cookie, url));
  return out;
}

async function measure(b: Backend, people: number, scan: boolean): Promise<{ m: Measured; samples: Samples; workspaceId: string }> {
  const { app, db } = await openApp(b.env);
  try {
    const { cookie, workspaceId } = await signIn(app, OWNER);
    const loadMs = await ensurePeople(db, workspaceId, people);
    // The steady state of a running system: the hourly VACUUM ANALYZE on PGlite, autovacuum on a server.
    await refreshStatistics(db.kysely);
    const samples = await samplesOf(db, workspaceId, people);
    const filter = encodeURIComponent(JSON.stringify({ match: 'all', conditions: [{ field: 'lifecycleStage', op: 'eq', value: 'customer' }] }));
    progress(`${b.label}: measuring`);
    const firstPage = await series(app, cookie, [`/api/people?sort=kana&filter=${filter}&limit=50`], 40);
    const cursors: string[] = [];
    for (const offset of samples.deepOffsets) {
      const row = (await sql<{ kana_key: string; person_id: string }>`
        select kana_key, person_id from people where workspace_id = ${workspaceId} and deleted_at is null
        order by (kana_key = ''), kana_key collate "C", person_id offset ${offset} limit 1`.execute(db.kysely)).rows[0];
      if (row) cursors.push(encodeKeyCursor(row.kana_key, row.person_id));
    }
    const deepPage = await series(app, cookie, cursors.map((c) => `/api/people?sort=kana&limit=50&cursor=${encodeURIComponent(c)}`), 8);
    const twoChar = await series(app, cookie, samples.twoChar.map((q) => `/api/people?q=${encodeURIComponent(q)}&limit=50`), 1);
    const phone = await series(app, cookie, samples.phone.map((q) => `/api/people?q=${encodeURIComponent(q)}&limit=50`), 1);
    let scanMs: number | null = null;
    let pairs: number | null = null;
    if (scan) {
      progress(`${b.label}: duplicate scan`);
      const t0 = performance.now();
      pairs = (await scanDuplicates(db.kysely, workspaceId)).pairs;
      scanMs = performance.now() - t0;
    }
    return { m: { firstPage, deepPage, twoChar, phone, scanMs, pairs, loadMs }, samples, workspaceId };
  } finally {
    await app.close();
    await db.close();
  }
}

/** The floor on the server: the first page by primary key, bare, through a plain pg client. */
async function bareServerPage(url: string, workspaceId: string): Promise<number[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: number[] = [];
    for (let i = 0; i < 43; i++) {
      const t0 = performance.now();
      await c.query('select person_id, family_name, given_name from people where workspace_id = $1 and deleted_at is null order by person_id desc limit 51', [workspaceId]);
      if (i >= 3) out.push(performance.now() - t0);
    }
    return out;
  } finally {
    await c.end();
  }
}

async function serverDatabase(people: number, fresh: boolean): Promise<string> {
  const base = serverUrl();
  const name = `bench_customers_${people}`;
  const admin = new pg.Client({ connectionString: databaseUrl(base, 'postgres') });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  await admin.end();
  if (fresh || !exists) await createDatabase(base, name);
  return databaseUrl(base, name);
}

export default async function run(args: string[]): Promise<BenchResult> {
  const people = intFlag(args, 'people', 1_000_000);
  const fresh = args.includes('--fresh');
  const scan = !args.includes('--no-scan');
  const notes: string[] = [`${people.toLocaleString('en')} demo people (seed ${SEED}); p50/p95 over many requests through the real HTTP stack, signed in`];
  const rows: BenchRow[] = [];
  const details: Record<string, unknown> = { people };

  const unreachable = await unreachableReason(serverUrl());
  let server: Measured | null = null;
  if (unreachable) notes.push(`PostgreSQL skipped: ${unreachable}`);
  else {
    const url = await serverDatabase(people, fresh);
    const r = await measure({ label: 'PostgreSQL', env: { DATABASE_URL: url }, fresh }, people, scan);
    server = r.m;
    const bare = await bareServerPage(url, r.workspaceId);
    details.server = { ...r.m, bare, samples: r.samples };
    const ref = (label: string) => ({ label, value: percentile(bare, 50) });
    const add = (metric: string, samples: number[]) => {
      rows.push({ group: 'PostgreSQL', metric: `${metric} p50`, unit: 'ms', ours: percentile(samples, 50), reference: ref('bare first page by id (pg client) p50') });
      rows.push({ group: 'PostgreSQL', metric: `${metric} p95 (target < 50 ms)`, unit: 'ms', ours: percentile(samples, 95), reference: null });
    };
    add('first page, filter + furigana sort', r.m.firstPage);
    add('deep keyset page (50–99% in)', r.m.deepPage);
    add(`2-character search (${r.samples.twoChar.length} fragments)`, r.m.twoChar);
    add(`phone fragment search (${r.samples.phone.length} fragments)`, r.m.phone);
    if (r.m.scanMs !== null) rows.push({ group: 'PostgreSQL', metric: `duplicate scan, ${people.toLocaleString('en')} people (target < 60 s)`, unit: 'ms', ours: r.m.scanMs, reference: null });
    if (r.m.loadMs !== null) notes.push(`PostgreSQL: loaded the people in ${(r.m.loadMs / 1000).toFixed(0)} s (not part of the figures)`);
  }

  const dir = path.join(CACHE, `customers-pglite-${people}`);
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const r = await measure({ label: 'PGlite', env: { DATA_DIR: dir }, fresh }, people, scan);
  details.pglite = { ...r.m, samples: r.samples };
  const vsServer = (samples: number[] | undefined, p: number) => (samples ? { label: `PostgreSQL server, same request (p${p}); target ≤ 3×`, value: percentile(samples, p) } : null);
  const add = (metric: string, ours: number[], theirs: number[] | undefined) => {
    rows.push({ group: 'PGlite', metric: `${metric} p50`, unit: 'ms', ours: percentile(ours, 50), reference: vsServer(theirs, 50) });
    rows.push({ group: 'PGlite', metric: `${metric} p95`, unit: 'ms', ours: percentile(ours, 95), reference: vsServer(theirs, 95) });
  };
  add('first page, filter + furigana sort', r.m.firstPage, server?.firstPage);
  add('deep keyset page (50–99% in)', r.m.deepPage, server?.deepPage);
  add('2-character search', r.m.twoChar, server?.twoChar);
  add('phone fragment search', r.m.phone, server?.phone);
  if (r.m.scanMs !== null) {
    rows.push({
      group: 'PGlite', metric: 'duplicate scan', unit: 'ms', ours: r.m.scanMs,
      reference: server?.scanMs ? { label: 'PostgreSQL server, same scan; target ≤ 3×', value: server.scanMs } : null,
    });
    notes.push(`duplicate pairs found: PGlite ${r.m.pairs}, PostgreSQL ${server?.pairs ?? '—'}`);
  }
  if (r.m.loadMs !== null) notes.push(`PGlite: loaded the people in ${(r.m.loadMs / 1000).toFixed(0)} s (not part of the figures)`);
  notes.push('Data is kept between runs (~/.cache/daifuku/bench, database bench_customers_N); --fresh reloads it, --no-scan skips the duplicate scan.');
  return { rows, notes, details };
}
