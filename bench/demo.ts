// `npm run demo` end to end — issue #2, acceptance point 6 (10k people in under a minute on PGlite).
// Each run starts the real command on a fresh data folder (or a fresh PostgreSQL database) and times it
// from spawn to exit, and the load itself as the command reports it. Reference, in the same run: the same
// number of people-sized rows written by bare PGlite / pg with one INSERT … SELECT generate_series.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { intFlag } from './lib/args.ts';
import { createDatabase, databaseUrl, dropDatabase, serverUrl, unreachableReason } from './lib/postgres.ts';
import { spawnNode, waitForLine } from './lib/proc.ts';
import { median } from './lib/stats.ts';
import type { BenchResult, BenchRow } from './lib/types.ts';

export const description = '`npm run demo`: time to load N Japanese demo people (default 10,000) on PGlite and PostgreSQL';

const ROOT = path.resolve(import.meta.dirname, '..');

// One wide row per person, written by the database itself: the floor for any loader.
const RAW = `
const people = Number(process.env.BENCH_PEOPLE);
const sql = "create table p (id uuid primary key, family_name text, given_name text, family_name_kana text, given_name_kana text, email text, phone text, postal_code text, prefecture text, city text, address_line text, building text, source text);" +
  "insert into p select gen_random_uuid(), '佐藤'||i, '花子', 'サトウ', 'ハナコ', 'sato'||i||'@example.jp', '090-1234-'||lpad((i%10000)::text,4,'0'), '150-0041', '東京都', '渋谷区', '神南1-2-3', 'ハイツ'||i, '店頭' from generate_series(1, " + people + ") i";
let close;
if (process.env.BENCH_URL) {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: process.env.BENCH_URL });
  await c.connect(); await c.query(sql); close = () => c.end();
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: process.env.BENCH_PGDATA });
  await db.exec(sql); close = () => db.close();
}
await close();
console.log('done');`;

async function timeScript(env: Record<string, string>): Promise<number> {
  const s = spawnNode(['--input-type=module', '-e', RAW], { cwd: ROOT, env: { ...process.env, ...env } });
  const { at } = await waitForLine(s, /^done$/, 600_000);
  await s.exited;
  return at - s.startedAt;
}

async function timeDemo(env: Record<string, string>, people: number): Promise<{ totalMs: number; loadMs: number }> {
  const clean = { ...process.env };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) delete clean[k];
  const s = spawnNode([path.join(ROOT, 'src/server/cli.ts'), 'demo', '--people', String(people)], { cwd: ROOT, env: { ...clean, LOG_LEVEL: 'warn', ...env } });
  const { at, line } = await waitForLine(s, /^Loaded .* in ([\d.]+) s\.$/, 600_000);
  const code = await s.exited;
  if (code !== 0) throw new Error(`npm run demo exited with ${code}\n${s.output()}`);
  return { totalMs: at - s.startedAt, loadMs: Number(/in ([\d.]+) s\./.exec(line)![1]) * 1000 };
}

export default async function run(args: string[]): Promise<BenchResult> {
  const people = intFlag(args, 'people', 10_000);
  const runs = intFlag(args, 'runs', 3);
  const notes: string[] = [`${people.toLocaleString('en')} people, ${runs} runs each, medians`];
  const rows: BenchRow[] = [];
  const details: Record<string, unknown> = { people, runs };

  const tmp = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `daifuku-bench-${label}-`));
  const pglite = { total: [] as number[], load: [] as number[], raw: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const dir = tmp('demo');
    const raw = tmp('raw');
    try {
      const r = await timeDemo({ DATA_DIR: dir }, people);
      pglite.total.push(r.totalMs);
      pglite.load.push(r.loadMs);
      pglite.raw.push(await timeScript({ BENCH_PEOPLE: String(people), BENCH_PGDATA: raw }));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(raw, { recursive: true, force: true });
    }
  }
  details.pglite = pglite;
  const rawPglite = { label: 'bare PGlite: new folder + INSERT … SELECT of as many rows', value: median(pglite.raw) };
  rows.push({ group: 'PGlite', metric: 'npm run demo, spawn → exit', unit: 'ms', ours: median(pglite.total), reference: rawPglite });
  rows.push({ group: 'PGlite', metric: 'of which loading people', unit: 'ms', ours: median(pglite.load), reference: null });

  const url = serverUrl();
  const why = await unreachableReason(url);
  if (why) {
    notes.push(`PostgreSQL not measured: ${why}`);
  } else {
    const server = { total: [] as number[], load: [] as number[], raw: [] as number[] };
    for (let i = 0; i < runs; i++) {
      const name = `daifuku_bench_demo_${process.pid}_${i}`;
      const rawName = `${name}_raw`;
      await createDatabase(url, name);
      await createDatabase(url, rawName);
      try {
        const r = await timeDemo({ DATABASE_URL: databaseUrl(url, name), DATA_DIR: tmp('unused') }, people);
        server.total.push(r.totalMs);
        server.load.push(r.loadMs);
        server.raw.push(await timeScript({ BENCH_PEOPLE: String(people), BENCH_URL: databaseUrl(url, rawName) }));
      } finally {
        await dropDatabase(url, name);
        await dropDatabase(url, rawName);
      }
    }
    details.postgres = server;
    rows.push({ group: 'PostgreSQL', metric: 'npm run demo, spawn → exit', unit: 'ms', ours: median(server.total), reference: { label: 'bare pg: connect + INSERT … SELECT of as many rows', value: median(server.raw) } });
    rows.push({ group: 'PostgreSQL', metric: 'of which loading people', unit: 'ms', ours: median(server.load), reference: null });
  }
  notes.push('Target (issue #2): under 60,000 ms on PGlite for 10,000 people.');
  return { rows, notes, details };
}
