// Import and export at a million rows — issue #5's benchmarks, as far as import is built. People are loaded
// once into bench_import_P (default 1,000,000) and kept. Measured, each beside a reference of the same run:
// - the export of every person to a CP932 CSV through the real HTTP stack (a listening server, the body
//   streamed and counted, not kept): rows/s and the process's peak RSS, beside raw `COPY … TO STDOUT`;
// - a 1,000,000-row, 20-column CP932 file made as the issue says (5 % of rows repeat an earlier row, 5 % are
//   people already in the database), streamed up to POST /api/imports, checked, run and undone, in a process
//   of its own (bench/lib/import-steps.ts) so that its peak RSS is the import's alone: rows/s of each step and
//   end to end (upload + check + run) beside raw `COPY … FROM STDIN` of the same file into a bare table, and
//   beside the database alone: existing people copied as new by INSERT … SELECT into the same tables (rolled
//   back), which no importer of these tables can beat. The undo also puts the kept database back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import pg from 'pg';
import { intFlag } from './lib/args.ts';
import { openApp, signIn } from './lib/app.ts';
import { IMPORT_OWNER, peakRss, type ImportSteps } from './lib/import-steps.ts';
import { readMemory, spawnNode } from './lib/proc.ts';
import { keptDatabase, serverUrl, unreachableReason } from './lib/postgres.ts';
import type { BenchResult, BenchRow } from './lib/types.ts';
import { refreshStatistics, sql } from '../src/server/platform/db/index.ts';
import { loadDemo } from '../src/server/domains/demo/index.ts';
import { demoPeople, type DemoPerson } from '../src/server/domains/demo/generator.ts';

export const description = 'Import and export at 1M rows on PostgreSQL: export to CP932 beside COPY TO; upload, check, run (end to end) and undo of a 1M-row CP932 file beside COPY FROM into a bare table (rows/s, peak RSS)';

const SEED = 20261125;
const progress = (msg: string) => process.stderr.write(`[import] ${msg}\n`);

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

/**
 * The database's own cost of storing new people, without any of the import's code: `n` people of the
 * workspace copied as new people by INSERT … SELECT (the people row with its indexes and search-table
 * triggers, their emails and phones, a stage row each), in a transaction rolled back. No importer writing
 * these tables can go faster than this.
 */
async function databaseFloor(url: string, workspaceId: string, n: number): Promise<{ ms: number; people: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('begin');
    await c.query(`create temp table floor_people on commit drop as select p.*, gen_random_uuid() as new_id from people p
      where p.workspace_id = $1 and p.deleted_at is null order by random() limit ${n}`, [workspaceId]);
    await c.query(`create temp table floor_emails on commit drop as select e.*, f.new_id, gen_random_uuid() as new_email_id from person_emails e join floor_people f using (workspace_id, person_id)`);
    await c.query(`create temp table floor_phones on commit drop as select e.*, f.new_id, gen_random_uuid() as new_phone_id from person_phones e join floor_people f using (workspace_id, person_id)`);
    await c.query('update floor_people set person_id = new_id');
    await c.query('update floor_emails set person_id = new_id, email_id = new_email_id');
    await c.query('update floor_phones set person_id = new_id, phone_id = new_phone_id');
    await c.query('alter table floor_people drop column new_id');
    await c.query('alter table floor_emails drop column new_id, drop column new_email_id');
    await c.query('alter table floor_phones drop column new_id, drop column new_phone_id');
    await c.query('analyze floor_people, floor_emails, floor_phones');
    const t0 = performance.now();
    const inserted = await c.query('insert into people select * from floor_people');
    await c.query('insert into person_emails select * from floor_emails');
    await c.query('insert into person_phones select * from floor_phones');
    await c.query(`insert into lifecycle_changes (workspace_id, change_id, person_id, from_stage, to_stage, changed_at)
      select workspace_id, gen_random_uuid(), person_id, null, lifecycle_stage, now() from floor_people`);
    const ms = performance.now() - t0;
    return { ms, people: inserted.rowCount ?? 0 };
  } finally {
    await c.query('rollback').catch(() => undefined);
    await c.end();
  }
}

/** The import's steps in a process of their own (bench/lib/import-steps.ts), with its peak RSS. */
async function importInOwnProcess(url: string, file: string): Promise<ImportSteps & { processPeak: number }> {
  const s = spawnNode([path.join(import.meta.dirname, 'lib', 'import-steps.ts'), url, file], { env: process.env, cwd: process.cwd() });
  s.child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  let out = '';
  s.child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
  let processPeak = 0;
  const timer = setInterval(() => { try { processPeak = Math.max(processPeak, readMemory(s.pid).peakRssMb); } catch { /* exited */ } }, 200);
  const code = await s.exited;
  clearInterval(timer);
  if (code !== 0) throw new Error(`the import process exited with ${code}:\n${s.output()}`);
  return { ...(JSON.parse(out.trim().split('\n').at(-1)!) as ImportSteps), processPeak };
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
    const auth = await signIn(app, IMPORT_OWNER);
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
    const floorPeople = Math.min(100_000, people, fileRows);
    progress(`the database alone: ${floorPeople.toLocaleString('en')} people copied as new by INSERT … SELECT, rolled back (reference)`);
    const floor = await databaseFloor(url, auth.workspaceId, floorPeople);
    progress('upload, check, run and undo, in a process of their own');
    const im = await importInOwnProcess(url, file);
    const bareRate = { label: 'raw COPY … FROM STDIN of the same file into a bare table', value: bare.rows / (bare.ms / 1000) };
    const floorRate = { label: 'the database alone: existing people copied as new by INSERT … SELECT (indexes, search tables, emails, phones, stage row)', value: floor.people / (floor.ms / 1000) };
    const mb = (bytes: number) => bytes / 1024 ** 2;
    const rss = (step: string, t: { peak: number }) => rows.push({ group: 'PostgreSQL', metric: `peak RSS during the ${step}`, unit: 'MB', ours: mb(t.peak), reference: { label: 'RSS of the import process before the upload', value: mb(im.startRss) } });
    rows.push({ group: 'PostgreSQL', metric: `upload of the ${fileRows.toLocaleString('en')}-row CP932 file (stored in 1 MiB chunks, head read, columns mapped)`, unit: 'rows/s', ours: fileRows / (im.upload.ms / 1000), reference: bareRate });
    rows.push({ group: 'PostgreSQL', metric: 'check of every row (mapping, person rules, in-file and database matches)', unit: 'rows/s', ours: im.check.counts.rows! / (im.check.ms / 1000), reference: bareRate });
    rows.push({ group: 'PostgreSQL', metric: 'run: writing the rows (create, merge repeats, fill matches, undo log)', unit: 'rows/s', ours: fileRows / (im.run.ms / 1000), reference: floorRate });
    const endToEnd = im.upload.ms + im.check.ms + im.run.ms;
    rows.push({ group: 'PostgreSQL', metric: 'import end to end: upload + check + run (target ≥ 20,000 rows/s and ≥ 25 % of COPY)', unit: 'rows/s', ours: fileRows / (endToEnd / 1000), reference: bareRate });
    rows.push({ group: 'PostgreSQL', metric: 'import end to end, beside the database alone', unit: 'rows/s', ours: fileRows / (endToEnd / 1000), reference: floorRate });
    rss('upload', im.upload);
    rss('check', im.check);
    rss('run', im.run);
    rows.push({ group: 'PostgreSQL', metric: 'peak RSS of the import process, upload to the end of the run (target < 400 MB)', unit: 'MB', ours: Math.max(mb(im.upload.peak), mb(im.check.peak), mb(im.run.peak)), reference: { label: 'RSS of the import process before the upload', value: mb(im.startRss) } });
    rows.push({ group: 'PostgreSQL', metric: 'undo of the whole run (people removed, changes restored)', unit: 'rows/s', ours: fileRows / (im.undo.ms / 1000), reference: bareRate });
    notes.push(`file: ${(fs.statSync(file).size / 1024 ** 2).toFixed(0)} MB, ${im.mapped} of 20 columns mapped by themselves; check counts ${JSON.stringify(im.check.counts)}`);
    notes.push(`run result ${JSON.stringify(im.run.result)}; end to end ${(endToEnd / 1000).toFixed(0)} s (upload ${(im.upload.ms / 1000).toFixed(0)} s, check ${(im.check.ms / 1000).toFixed(0)} s, run ${(im.run.ms / 1000).toFixed(0)} s)`);
    notes.push(`the database alone: ${floor.people.toLocaleString('en')} people in ${(floor.ms / 1000).toFixed(1)} s; undo: ${(im.undo.ms / 1000).toFixed(0)} s, peak RSS ${mb(im.undo.peak).toFixed(0)} MB; the import process's high-water mark (VmHWM, undo included) ${im.processPeak.toFixed(0)} MB`);
    return { rows, notes, details: { people, copy, export: { rows: exported, bytes: measured.value.bytes, ms, peakRss: measured.peak, rssBefore: measured.before }, bare, floor, import: im } };
  } finally {
    await app.close();
    await db.close();
  }
}
