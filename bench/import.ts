// Import and export at a million rows — issue #5's benchmarks, as far as import is built. People are loaded
// once into bench_import_P (default 1,000,000) and kept. Measured, each beside a reference of the same run:
// - the export of every person to a CP932 CSV through the real HTTP stack (a listening server, the body
//   streamed and counted, not kept): rows/s and the process's peak RSS, beside raw `COPY … TO STDOUT`;
// - a 1,000,000-row, 20-column CP932 file made as the issue says (5 % of rows repeat an earlier row, 5 % are
//   people already in the database), streamed up to POST /api/imports and then checked by the check job:
//   rows/s and peak RSS of each step, beside raw `COPY … FROM STDIN` of the same file into a bare table.
// - the run that writes those rows (the import run job), and so the end-to-end rate (upload + check + run)
//   beside the same COPY, with the peak RSS of each step; then the undo of the run (which also puts the
//   kept database back as it was for the next run of the benchmark).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import pg from 'pg';
import { intFlag } from './lib/args.ts';
import { openApp, signIn } from './lib/app.ts';
import { keptDatabase, serverUrl, unreachableReason } from './lib/postgres.ts';
import type { BenchResult, BenchRow } from './lib/types.ts';
import { refreshStatistics, sql } from '../src/server/platform/db/index.ts';
import { loadDemo } from '../src/server/domains/demo/index.ts';
import { demoPeople, type DemoPerson } from '../src/server/domains/demo/generator.ts';
import type { App } from '../src/server/app.ts';

export const description = 'Import and export at 1M rows on PostgreSQL: export to CP932 beside COPY TO; upload, check, run (end to end) and undo of a 1M-row CP932 file beside COPY FROM into a bare table (rows/s, peak RSS)';

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

const FILE_SEED = 20261126;
const CACHE = path.join(os.homedir(), '.cache', 'daifuku', 'bench');
const HEADER = ['会員番号', '氏名', 'フリガナ', '郵便番号', '住所', '電話番号', '携帯電話', 'メールアドレス', '生年月日', '性別', '会社名', '部署', '役職', 'タグ', '備考', '来店回数', '最終来店日', 'DM希望', 'ランク', '紹介者'];
const COMPANIES = ['株式会社大福商事', '有限会社みどり屋', '合同会社つばさ', '', '', ''];

/** A small fast PRNG: the same file on every machine. */
function rng(seed: number) {
  let x = seed >>> 0;
  return () => { x = (x + 0x6d2b79f5) >>> 0; let t = x; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const quote = (v: string) => (/[",\r\n]/u.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const wareki = (iso: string) => { const [y, m, d] = iso.split('-').map(Number) as [number, number, number]; return y >= 1989 ? `H${y - 1988}.${m}.${d}` : `S${y - 1925}.${m}.${d}`; };

function fileRow(p: DemoPerson, n: number, r: () => number): string[] {
  return [
    `IM${n}`, `${p.familyName}${p.givenName ? `\u3000${p.givenName}` : ''}`, `${p.familyNameKana ?? ''}${p.givenNameKana ? ` ${p.givenNameKana}` : ''}`,
    p.postalCode ?? '', `${p.prefecture ?? ''}${p.city ?? ''}${p.addressLine ?? ''}${p.building ? ` ${p.building}` : ''}`, p.phone ?? '', '',
    p.email ?? '', p.birthday ? (r() < 0.3 ? wareki(p.birthday) : p.birthday.replaceAll('-', '/')) : '', p.gender === 'female' ? '女' : p.gender === 'male' ? '男' : '',
    COMPANIES[Math.floor(r() * COMPANIES.length)]!, r() < 0.2 ? '営業部' : '', r() < 0.1 ? '課長' : '', r() < 0.1 ? 'VIP、常連' : '', r() < 0.05 ? 'ランチ利用中心' : '',
    String(Math.floor(r() * 50)), `2026/${1 + Math.floor(r() * 11)}/${1 + Math.floor(r() * 28)}`, r() < 0.5 ? '希望する' : '希望しない', r() < 0.2 ? 'ゴールド' : 'シルバー', '',
  ];
}

/**
 * The file, made once and kept: rows of new people (the demo generator with another seed), 5 % a repeat of
 * an earlier row with its email in capitals (one person twice in the file), 5 % a person of the loaded
 * demo (found by email or phone).
 */
async function ensureFile(rows: number, people: number): Promise<string> {
  const file = path.join(CACHE, `import-${rows}-${FILE_SEED}-${people}.csv`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  const r = rng(FILE_SEED);
  const out = fs.createWriteStream(`${file}.part`);
  const recent: string[][] = [];
  const write = (text: string) => new Promise<void>((resolve) => { if (out.write(iconv.encode(text, 'cp932'))) resolve(); else out.once('drain', resolve); });
  await write(`${HEADER.join(',')}\r\n`);
  for (let start = 0; start < rows; start += 10_000) {
    const count = Math.min(10_000, rows - start);
    const fresh = demoPeople(FILE_SEED, 2_000_000 + start, count, []);
    let text = '';
    for (let i = 0; i < count; i++) {
      const n = start + i;
      const roll = r();
      let cells: string[];
      if (roll < 0.05 && recent.length > 0) {
        cells = [...recent[Math.floor(r() * recent.length)]!];
        cells[7] = cells[7]!.toUpperCase();
      } else if (roll < 0.1) {
        cells = fileRow(demoPeople(SEED, Math.floor(r() * people), 1, [])[0]!, n, r);
      } else {
        cells = fileRow(fresh[i]!, n, r);
        if (recent.length < 10_000) recent.push(cells); else recent[Math.floor(r() * recent.length)] = cells;
      }
      text += `${cells.map(quote).join(',')}\r\n`;
    }
    await write(text);
    if ((start / 10_000) % 20 === 0) progress(`made ${start.toLocaleString('en')} rows of the file`);
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  fs.renameSync(`${file}.part`, file);
  return file;
}

/** The reference: raw COPY of the same file (CP932, as the server's SJIS) into a bare table of 20 text columns. */
async function copyBare(url: string, file: string): Promise<{ ms: number; rows: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`drop table if exists bench_import_bare; create table bench_import_bare (${HEADER.map((_, i) => `c${i} text`).join(', ')})`);
    const t0 = performance.now();
    await pipeline(fs.createReadStream(file), c.query(copyFrom("copy bench_import_bare from stdin with (format csv, header true, encoding 'SJIS')")));
    const ms = performance.now() - t0;
    const rows = Number((await c.query('select count(*) as n from bench_import_bare')).rows[0].n);
    await c.query('drop table bench_import_bare');
    return { ms, rows };
  } finally {
    await c.end();
  }
}

async function uploadAndCheck(app: App, base: string, auth: { cookie: string; csrf: string; workspaceId: string }, file: string) {
  const bytes = fs.statSync(file).size;
  const t0 = performance.now();
  const up = await peakRss(async () => {
    const res = await fetch(`${base}/api/imports?entity=person&fileName=members.csv`, {
      method: 'POST', headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'text/csv' },
      body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream, duplex: 'half',
    } as RequestInit);
    const body = await res.json() as { importId: string; encoding: string; columns: { field: string | null }[] };
    if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(body)}`);
    return body;
  });
  const uploadMs = performance.now() - t0;
  const started = await app.http.inject({ method: 'POST', url: `/api/imports/${up.value.importId}/check`, headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf }, payload: { keepValid: true } });
  const jobRunId = JSON.parse(started.body).jobRunId as string;
  const job = app.jobs.find((j) => j.name === 'imports.check')!;
  const t1 = performance.now();
  const check = await peakRss(() => job.handler({ data: { workspaceId: auth.workspaceId, jobRunId }, signal: new AbortController().signal, retryCount: 0 } as never) as Promise<unknown>);
  const checkMs = performance.now() - t1;
  const checked = JSON.parse((await app.http.inject({ method: 'GET', url: `/api/imports/${up.value.importId}`, headers: { cookie: auth.cookie } })).body) as { counts: Record<string, number>; status: string };
  if (checked.status !== 'checked') throw new Error(`check ended ${checked.status}`);
  return { importId: up.value.importId, bytes, uploadMs, uploadRss: up, checkMs, checkRss: check, counts: checked.counts, mapped: up.value.columns.filter((c) => c.field).length };
}

/** A step (run, undo) started through the API and its job run here, timed, with the import after it. */
async function timedStep(app: App, auth: { cookie: string; csrf: string; workspaceId: string }, importId: string, step: 'run' | 'undo') {
  const started = await app.http.inject({ method: 'POST', url: `/api/imports/${importId}/${step}`, headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf } });
  if (started.statusCode !== 202) throw new Error(`${step}: ${started.statusCode} ${started.body}`);
  const jobRunId = JSON.parse(started.body).jobRunId as string;
  const job = app.jobs.find((j) => j.name === `imports.${step}`)!;
  const t0 = performance.now();
  const rss = await peakRss(() => job.handler({ data: { workspaceId: auth.workspaceId, jobRunId }, signal: new AbortController().signal, retryCount: 0 } as never) as Promise<unknown>);
  const ms = performance.now() - t0;
  const after = JSON.parse((await app.http.inject({ method: 'GET', url: `/api/imports/${importId}`, headers: { cookie: auth.cookie } })).body) as { status: string; result: Record<string, number> };
  return { ms, rss, after };
}

export default async function run(args: string[]): Promise<BenchResult> {
  const people = intFlag(args, 'people', 1_000_000);
  const notes: string[] = [`${people.toLocaleString('en')} demo people, exported with every built-in column (22) to CP932 CSV`];
  const rows: BenchRow[] = [];
  const unreachable = await unreachableReason(serverUrl());
  if (unreachable) return { rows, notes: [...notes, `PostgreSQL unreachable, nothing measured: ${unreachable}`], details: {} };
  const url = await keptDatabase(serverUrl(), `bench_import_${people}`, args.includes('--fresh'));

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

    const fileRows = intFlag(args, 'rows', 1_000_000);
    progress(`making the ${fileRows.toLocaleString('en')}-row CP932 file (once)`);
    const file = await ensureFile(fileRows, people);
    progress('raw COPY of the file into a bare table (reference)');
    const bare = await copyBare(url, file);
    progress('upload and check');
    const ic = await uploadAndCheck(app, base, auth, file);
    const bareRate = { label: 'raw COPY … FROM STDIN of the same file into a bare table', value: bare.rows / (bare.ms / 1000) };
    rows.push({ group: 'PostgreSQL', metric: `upload of the ${fileRows.toLocaleString('en')}-row CP932 file (stored in 1 MiB chunks, head read, columns mapped)`, unit: 'rows/s', ours: fileRows / (ic.uploadMs / 1000), reference: bareRate });
    rows.push({ group: 'PostgreSQL', metric: 'check of every row (mapping, person rules, in-file and database matches)', unit: 'rows/s', ours: ic.counts.rows! / (ic.checkMs / 1000), reference: bareRate });
    rows.push({ group: 'PostgreSQL', metric: 'peak RSS during the upload', unit: 'MB', ours: ic.uploadRss.peak / 1024 ** 2, reference: { label: 'RSS before', value: ic.uploadRss.before / 1024 ** 2 } });
    rows.push({ group: 'PostgreSQL', metric: 'peak RSS during the check', unit: 'MB', ours: ic.checkRss.peak / 1024 ** 2, reference: { label: 'RSS before', value: ic.checkRss.before / 1024 ** 2 } });
    notes.push(`file: ${(ic.bytes / 1024 ** 2).toFixed(0)} MB, ${ic.mapped} of 20 columns mapped by themselves; check counts ${JSON.stringify(ic.counts)}`);
    progress('run (writing the rows)');
    const run = await timedStep(app, auth, ic.importId, 'run');
    if (run.after.status !== 'done') throw new Error(`run ended ${run.after.status}`);
    rows.push({ group: 'PostgreSQL', metric: 'run: writing the rows (create, merge repeats, fill matches, undo log)', unit: 'rows/s', ours: fileRows / (run.ms / 1000), reference: bareRate });
    const endToEnd = ic.uploadMs + ic.checkMs + run.ms;
    rows.push({ group: 'PostgreSQL', metric: 'import end to end: upload + check + run (target ≥ 20,000 rows/s and ≥ 25 % of COPY)', unit: 'rows/s', ours: fileRows / (endToEnd / 1000), reference: bareRate });
    rows.push({ group: 'PostgreSQL', metric: 'peak RSS during the run (target < 400 MB over the whole import)', unit: 'MB', ours: run.rss.peak / 1024 ** 2, reference: { label: 'RSS before', value: run.rss.before / 1024 ** 2 } });
    notes.push(`run result ${JSON.stringify(run.after.result)}; end to end ${(endToEnd / 1000).toFixed(0)} s (upload ${(ic.uploadMs / 1000).toFixed(0)} s, check ${(ic.checkMs / 1000).toFixed(0)} s, run ${(run.ms / 1000).toFixed(0)} s)`);
    progress('undo of the run (puts the kept database back)');
    const undo = await timedStep(app, auth, ic.importId, 'undo');
    if (undo.after.status !== 'undone') throw new Error(`undo ended ${undo.after.status}`);
    rows.push({ group: 'PostgreSQL', metric: 'undo of the whole run (people removed, changes restored)', unit: 'rows/s', ours: fileRows / (undo.ms / 1000), reference: bareRate });
    notes.push(`undo: ${(undo.ms / 1000).toFixed(0)} s, peak RSS ${(undo.rss.peak / 1024 ** 2).toFixed(0)} MB`);
    return { rows, notes, details: { people, copy, export: { rows: exported, bytes: measured.value.bytes, ms, peakRss: measured.peak, rssBefore: measured.before }, bare, importCheck: { ...ic, uploadRss: undefined, checkRss: undefined, uploadPeak: ic.uploadRss.peak, checkPeak: ic.checkRss.peak }, run: { ms: run.ms, peak: run.rss.peak, result: run.after.result }, undo: { ms: undo.ms, peak: undo.rss.peak } } };
  } finally {
    await app.close();
    await db.close();
  }
}
