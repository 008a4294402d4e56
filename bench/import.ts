// Import and export at a million rows — issue #5's benchmarks. Measured so far: the export of P people
// (default 1,000,000) to a CP932 CSV through the real HTTP stack (a listening server, the body streamed and
// counted, not kept), its rows/s and the process's peak RSS; beside it, raw `COPY … TO STDOUT` of the
// same columns in the same order, measured in the same run. The import's own figures (rows/s beside COPY
// into a bare table, RSS) come with the import run. People are loaded once into bench_import_P and kept.
import { to as copyTo } from 'pg-copy-streams';
import pg from 'pg';
import { intFlag } from './lib/args.ts';
import { openApp, signIn } from './lib/app.ts';
import { createDatabase, databaseUrl, serverUrl, unreachableReason } from './lib/postgres.ts';
import type { BenchResult, BenchRow } from './lib/types.ts';
import { refreshStatistics, sql } from '../src/server/platform/db/index.ts';
import { loadDemo } from '../src/server/domains/demo/index.ts';

export const description = 'Import and export at 1M rows on PostgreSQL: export of 1M people to CP932 CSV (rows/s, peak RSS) beside raw COPY TO; the import follows with its run';

const SEED = 20261125;
const OWNER = { workspaceName: '取込ベンチ', displayName: '計測 三郎', email: 'import-bench@example.jp', password: 'bench-password-1234' };
const progress = (msg: string) => process.stderr.write(`[import] ${msg}\n`);

/** Peak RSS while `fn` runs, sampled every 20 ms. */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peak: number; before: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  try {
    const value = await fn();
    return { value, peak: Math.max(peak, process.memoryUsage().rss), before };
  } finally {
    clearInterval(timer);
  }
}

/** Counts the bytes and the CRLF-ended lines of a streamed body without keeping it. */
async function drain(body: AsyncIterable<Uint8Array>): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of body) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  }
  return { bytes, lines };
}

export default async function run(args: string[]): Promise<BenchResult> {
  const people = intFlag(args, 'people', 1_000_000);
  const notes: string[] = [`${people.toLocaleString('en')} demo people, exported with every built-in column (22) to CP932 CSV`];
  const rows: BenchRow[] = [];
  const unreachable = await unreachableReason(serverUrl());
  if (unreachable) return { rows, notes: [...notes, `PostgreSQL unreachable, nothing measured: ${unreachable}`], details: {} };
  const name = `bench_import_${people}`;
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl(), 'postgres') });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  await admin.end();
  if (args.includes('--fresh') || !exists) await createDatabase(serverUrl(), name);
  const url = databaseUrl(serverUrl(), name);

  const { app, db } = await openApp({ DATABASE_URL: url });
  try {
    const auth = await signIn(app, OWNER);
    const have = Number((await sql<{ n: string }>`select count(*) as n from people where workspace_id = ${auth.workspaceId}`.execute(db.kysely)).rows[0]!.n);
    if (have < people) {
      const t0 = performance.now();
      let last = 0;
      await loadDemo(db.kysely, auth.workspaceId, { people, seed: SEED }, { done: 0, progress: async (d) => { if (d - last >= 100_000) { last = d; progress(`loaded ${d.toLocaleString('en')}`); } } });
      notes.push(`loaded the people in ${((performance.now() - t0) / 1000).toFixed(0)} s (not part of the figures)`);
    }
    await sql`vacuum analyze`.execute(db.kysely);
    await refreshStatistics(db.kysely);

    progress('raw COPY TO of the same columns (reference)');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    let copy: { bytes: number; lines: number; ms: number };
    try {
      const t0 = performance.now();
      const counted = await drain(c.query(copyTo(`copy (
        select p.family_name, p.given_name, p.family_name_kana, p.given_name_kana, p.email, p.phone,
          (select ph.display from person_phones ph where ph.workspace_id = p.workspace_id and ph.person_id = p.person_id order by ph.is_primary desc, ph.position offset 1 limit 1),
          p.postal_code, p.prefecture, p.city, p.address_line, p.building, co.name, p.department, p.job_title, p.birthday, p.gender, p.member_number,
          array(select t.name from person_tags pt join tags t on t.workspace_id = pt.workspace_id and t.tag_id = pt.tag_id where pt.workspace_id = p.workspace_id and pt.person_id = p.person_id order by t.name),
          p.lifecycle_stage, p.created_at, p.updated_at
        from people p left join companies co on co.workspace_id = p.workspace_id and co.company_id = p.company_id
        where p.workspace_id = '${auth.workspaceId}' and p.deleted_at is null order by p.person_id) to stdout with (format csv)`)));
      copy = { ...counted, ms: performance.now() - t0 };
    } finally {
      await c.end();
    }

    progress('export through GET /api/people/export?encoding=cp932');
    await app.http.listen({ host: '127.0.0.1', port: 0 });
    const address = app.http.server.address();
    const base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
    const t0 = performance.now();
    const measured = await peakRss(async () => {
      const res = await fetch(`${base}/api/people/export?encoding=cp932&columns=familyName,givenName,familyNameKana,givenNameKana,email,phone,phone2,postalCode,prefecture,city,addressLine,building,companyName,department,jobTitle,birthday,gender,memberNumber,tags,lifecycleStage,createdAt,updatedAt`, { headers: { cookie: auth.cookie } });
      if (res.status !== 200 || !res.body) throw new Error(`export: ${res.status} ${await res.text()}`);
      return drain(res.body as unknown as AsyncIterable<Uint8Array>);
    });
    const ms = performance.now() - t0;
    const exported = measured.value.lines - 1;
    if (exported !== copy.lines) throw new Error(`export wrote ${exported} rows, COPY ${copy.lines}`);
    rows.push({ group: 'PostgreSQL', metric: 'export of all people to CP932 CSV through the API', unit: 'rows/s', ours: exported / (ms / 1000), reference: { label: 'raw COPY … TO STDOUT (format csv) of the same columns', value: copy.lines / (copy.ms / 1000) } });
    rows.push({ group: 'PostgreSQL', metric: 'peak RSS of the process during the export (server and client)', unit: 'MB', ours: measured.peak / 1024 ** 2, reference: { label: 'RSS before the export', value: measured.before / 1024 ** 2 } });
    notes.push(`export: ${exported.toLocaleString('en')} rows, ${(measured.value.bytes / 1024 ** 2).toFixed(0)} MB of CP932 in ${(ms / 1000).toFixed(1)} s; COPY TO: ${(copy.bytes / 1024 ** 2).toFixed(0)} MB (UTF-8) in ${(copy.ms / 1000).toFixed(1)} s`);
    notes.push('Not measured yet: the import itself (1M-row CP932 file, rows/s beside COPY into a bare table, RSS) — it comes with the import run (issue #5).');
    return { rows, notes, details: { people, copy, export: { rows: exported, bytes: measured.value.bytes, ms, peakRss: measured.peak, rssBefore: measured.before } } };
  } finally {
    await app.close();
    await db.close();
  }
}
