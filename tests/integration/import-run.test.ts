// Running an import and undoing it, through the API: rows become people (new ones created, repeats in the
// file merged, matches filled, overwritten or skipped as chosen), companies and tags are found or made,
// and undo puts the database back exactly as it was, field by field, keeping edits made since.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/server/lib/tabular/csv.ts';
import { sql } from '../../src/server/platform/db/index.ts';
import { runImport } from '../../src/server/domains/imports/run.ts';
import { type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { importFile, peopleChecksum, runJob, step, uploadFile } from '../helpers/imports.ts';

let t: TestApp;
let owner: Client;
let workspaceId: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
  workspaceId = (await owner.get('/api/auth/session')).body.workspace.workspaceId;
});
afterAll(() => t.close());

const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));
const count = async (table: string) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db.kysely)).rows[0]!.n);
const byNumber = async (memberNumber: string) => {
  const r = await sql<{ person_id: string }>`select person_id from people where member_number = ${memberNumber} and deleted_at is null`.execute(t.db.kysely);
  expect(r.rows).toHaveLength(1);
  return (await owner.get(`/api/people/${r.rows[0]!.person_id}`)).body;
};

describe('running an import', () => {
  it('creates new people, merges a repeat in the file, fills a match, and finds or makes the company and tags', async () => {
    await owner.post('/api/people', { familyName: '鈴木', givenName: '花子', memberNumber: 'R2', jobTitle: '店長' });
    const done = await importFile(t, owner, utf8([
      '会員番号,氏名,フリガナ,メール,電話,会社名,タグ,備考,住所,役職',
      'R1,山田 太郎,ヤマダ タロウ,taro@example.jp,03-1111-2222,株式会社大福,VIP、常連,初回来店,東京都千代田区丸の内1-1-1,',
      'R2,鈴木 花子,,hanako2@example.jp,,,,,,副店長',
      ',山田 太郎,,TARO@example.jp,090-3333-4444,,新規,,,',
      'R5,伊藤 健,,,,㈱大福,,,,',
    ]));
    expect(done.status).toBe('done');
    expect(done.result).toEqual({ rowsDone: 4, created: 2, updated: 1, merged: 1, skipped: 0, invalid: 0 });
    expect(done.canUndo).toBe(true);

    const taro = await byNumber('R1');
    expect(taro).toMatchObject({
      familyName: '山田', givenName: '太郎', familyNameKana: 'ヤマダ', givenNameKana: 'タロウ', companyName: '株式会社大福',
      prefecture: '東京都', city: '千代田区', addressLine: '丸の内1-1-1', lifecycleStage: 'prospect',
    });
    expect(taro.emails.map((e: { email: string }) => e.email)).toEqual(['taro@example.jp']);
    expect(taro.phones.map((p: { e164: string; isPrimary: boolean }) => [p.e164, p.isPrimary])).toEqual([['+81311112222', true], ['+819033334444', false]]);
    expect(taro.tags).toEqual(['VIP', '常連', '新規'].sort());
    expect((await owner.get(`/api/people/${taro.personId}/notes`)).body.items.map((n: { body: string }) => n.body)).toEqual(['初回来店']);
    // ㈱大福 is the same company as 株式会社大福.
    const ito = await byNumber('R5');
    expect(ito.companyId).toBe(taro.companyId);
    // Fill: the empty email is filled (and becomes primary); the job title she has stays.
    const hanako = await byNumber('R2');
    expect(hanako).toMatchObject({ jobTitle: '店長', version: 2 });
    expect(hanako.emails).toEqual([expect.objectContaining({ email: 'hanako2@example.jp', isPrimary: true })]);
    // The list and search see the new people (keys and search tables kept in step).
    expect((await owner.get('/api/people?q=%E3%83%A4%E3%83%9E%E3%83%80')).body.items.map((p: { personId: string }) => p.personId)).toEqual([taro.personId]);
    expect((await owner.get('/api/people?q=3333')).body.items.map((p: { personId: string }) => p.personId)).toEqual([taro.personId]);
  });

  it.each([
    ['skip', { jobTitle: '店長', department: null }, { updated: 0, skipped: 1 }],
    ['fill', { jobTitle: '店長', department: '営業部' }, { updated: 1, skipped: 0 }],
    ['overwrite', { jobTitle: '副店長', department: '営業部' }, { updated: 1, skipped: 0 }],
  ])('with mode %s, treats a match as chosen', async (mode, expected, counts) => {
    const n = `MODE-${mode}`;
    await owner.post('/api/people', { familyName: '高橋', memberNumber: n, jobTitle: '店長' });
    const done = await importFile(t, owner, utf8(['会員番号,氏名,役職,部署', `${n},高橋,副店長,営業部`]), { mode });
    expect(done.result).toMatchObject({ created: 0, ...counts });
    expect(await byNumber(n)).toMatchObject(expected);
  });

  it('makes a company only for a record that will carry it: not for a fill over someone who has one', async () => {
    const company = (await owner.post('/api/companies', { name: '既存商事株式会社' })).body;
    await owner.post('/api/people', { familyName: '小林', memberNumber: 'CO-1', companyId: company.companyId });
    const companyNamed = async (name: string) => Number((await sql<{ n: string }>`select count(*) as n from companies where name = ${name} and workspace_id = ${workspaceId}`.execute(t.db.kysely)).rows[0]!.n);

    const filled = await importFile(t, owner, utf8(['会員番号,氏名,会社名,役職', 'CO-1,小林,転職先工業株式会社,課長']), { mode: 'fill' });
    expect(filled.result).toMatchObject({ updated: 1, created: 0 });
    expect(await byNumber('CO-1')).toMatchObject({ companyId: company.companyId, jobTitle: '課長' });
    expect(await companyNamed('転職先工業株式会社')).toBe(0);

    const overwritten = await importFile(t, owner, utf8(['会員番号,氏名,会社名', 'CO-1,小林,転職先工業株式会社']), { mode: 'overwrite' });
    expect(overwritten.result).toMatchObject({ updated: 1 });
    expect(await companyNamed('転職先工業株式会社')).toBe(1);
    expect((await byNumber('CO-1')).companyName).toBe('転職先工業株式会社');
  });

  it('moves a stage on overwrite only, with a line of stage history, and undo takes both back exactly', async () => {
    await owner.post('/api/people', { familyName: '森', memberNumber: 'MV-1' });
    const file = utf8(['会員番号,氏名,顧客ステージ', 'MV-1,森,取引顧客']);
    await importFile(t, owner, file, { mode: 'fill' });
    expect((await byNumber('MV-1')).lifecycleStage).toBe('prospect');

    const before = await peopleChecksum(t);
    const moved = await importFile(t, owner, file, { mode: 'overwrite' });
    expect(moved.result).toMatchObject({ updated: 1, created: 0 });
    const mori = await byNumber('MV-1');
    expect(mori.lifecycleStage).toBe('customer');
    expect(mori.lifecycleHistory).toEqual(expect.arrayContaining([expect.objectContaining({ fromStage: 'prospect', toStage: 'customer' })]));
    expect(await peopleChecksum(t)).not.toEqual(before);

    expect((await step(t, owner, moved.importId, 'undo')).status).toBe('undone');
    expect(await peopleChecksum(t)).toEqual(before);
  });

  it('refuses to run before a check, and with invalid rows unless told to keep the valid ones', async () => {
    const file = utf8(['氏名,メール', '佐藤 一,ichi@example.jp', '佐藤 二,not-an-email', '佐藤 三,san@example.jp']);
    const up = (await uploadFile(owner, file)).body;
    const early = await owner.post(`/api/imports/${up.importId}/run`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'import_not_checked', detail: 'まだチェックしていません。先にチェックを実行してください。' });
    await step(t, owner, up.importId, 'check');
    const refused = await owner.post(`/api/imports/${up.importId}/run`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'keepValid', code: 'import_has_invalid_rows' });
    expect(refused.body.errors[0].message).toContain('エラーのある行が 1 行あります');

    const people = await count('people');
    const kept = await importFile(t, owner, file, { keepValid: true });
    expect(kept.result).toMatchObject({ rowsDone: 3, created: 2, invalid: 1 });
    expect(await count('people')).toBe(people + 2);
  });

  it('reads a CP932 file with 髙, ①, ㈱ and half-width kana into the right fields', async () => {
    const done = await importFile(t, owner, iconv.encode(['会員番号,お名前,ﾌﾘｶﾞﾅ,会社名,備考', 'K-1,髙橋　一郎,ﾀｶﾊｼ ｲﾁﾛｳ,㈱髙島屋,①番窓口'].join('\r\n'), 'cp932'));
    expect(done.result).toMatchObject({ created: 1 });
    const p = await byNumber('K-1');
    expect(p).toMatchObject({ familyName: '髙橋', givenName: '一郎', familyNameKana: 'タカハシ', givenNameKana: 'イチロウ', companyName: '㈱髙島屋' });
    expect((await owner.get(`/api/people/${p.personId}/notes`)).body.items[0].body).toBe('①番窓口');
  });

  it('keeps the mapping of the last import with the same header row as the next one’s suggestion', async () => {
    const header = '番号,なまえ,メモ欄';
    const first = (await uploadFile(owner, utf8([header, 'T1,小林 一,x']))).body;
    expect(first.columns.map((c: { field: string | null }) => c.field)).toEqual([null, null, null]);
    await owner.put(`/api/imports/${first.importId}/mapping`, { fields: ['memberNumber', 'fullName', 'notes'] });
    await step(t, owner, first.importId, 'check');
    const next = (await uploadFile(owner, utf8([header, 'T2,小林 二,y']))).body;
    expect(next.columns.map((c: { field: string | null; by: string | null }) => [c.field, c.by])).toEqual([['memberNumber', 'template'], ['fullName', 'template'], ['notes', 'template']]);
  });
});

describe('the shared sample files', () => {
  const sample = (name: string) => readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url));

  it('give the same 30 people from the CP932 and the UTF-8 (BOM) file, 𠮷 aside', async () => {
    const people = async (file: Buffer) => {
      const app = await createTestApp();
      try {
        const o = await setupOwner(app);
        const done = await importFile(app, o, file);
        expect(done.result).toEqual({ rowsDone: 30, created: 30, updated: 0, merged: 0, skipped: 0, invalid: 0 });
        const res = await app.app.http.inject({ method: 'GET', url: '/api/people/export?encoding=utf-8&columns=memberNumber,familyName,givenName,familyNameKana,givenNameKana,postalCode,prefecture,city,addressLine,building,phone,phone2,email,birthday,gender,tags', headers: { cookie: `daifuku_session=${o.cookie}` } });
        const rows = parseCsv(res.body.replace(/^\uFEFF/u, '')).map((r) => r.cells);
        return new Map(rows.slice(1).map((r) => [r[0], r]));
      } finally {
        await app.close();
      }
    };
    const fromCp932 = await people(sample('shop-members-cp932.csv'));
    const fromUtf8 = await people(sample('shop-members-utf8bom.csv'));
    expect(fromUtf8.get('A10000')!.slice(1, 3)).toEqual(['𠮷田', '蓮']);
    expect(fromCp932.get('A10000')!.slice(1, 3)).toEqual(['?田', '蓮']);
    // Everything else is the same, 𠮷 being "?" wherever the CP932 file has it.
    expect(fromCp932).toEqual(new Map([...fromUtf8].map(([k, r]) => [k, r.map((c) => c.replaceAll('𠮷', '?'))])));
    // Half-width furigana, a postal code without its hyphen, an address over two columns, 和暦 and 年月日 dates.
    expect(fromCp932.get('A10000')).toEqual(['A10000', '?田', '蓮', 'ヨシダ', 'レン', '150-0002', '東京都', '渋谷区', '渋谷2-21-1', 'ヒカリエ11F', '0166-22-1000', '', '', '1980-04-01', '男性', '']);
    expect(fromCp932.get('A10001')!.slice(5, 7)).toEqual(['150-0002', '東京都']);
    expect(fromUtf8.get('A10002')![13]).toBe('1990-01-08');
    expect(fromUtf8.get('A10003')!.slice(13, 15)).toEqual(['2001-03-03', 'その他']);
  });
});

describe('undoing an import', () => {
  it('puts every table back exactly as it was', async () => {
    await owner.post('/api/people', { familyName: '木村', givenName: '拓哉', memberNumber: 'U1', emails: [{ email: 'kimura@example.jp' }] });
    await owner.post('/api/people', { familyName: '中村', memberNumber: 'U2', jobTitle: '部長', tags: ['既存'] });
    const before = await peopleChecksum(t);
    const done = await importFile(t, owner, utf8([
      '会員番号,氏名,メール,電話,会社名,タグ,備考,部署',
      'U1,木村 拓哉,kimura2@example.jp,080-1234-0001,新会社A,新タグ,メモ1,',
      'U2,中村 一,naka@example.jp,,既存会社なし,既存、新タグ2,,総務部',
      'U3,新人 一,new1@example.jp,,新会社A,新タグ,,',
      ',新人 一,NEW1@example.jp,03-9999-0000,,,重複行のメモ,',
    ]));
    expect(done.result).toEqual({ rowsDone: 4, created: 1, updated: 2, merged: 1, skipped: 0, invalid: 0 });
    expect(await peopleChecksum(t)).not.toEqual(before);

    const undone = await step(t, owner, done.importId, 'undo');
    expect(undone).toMatchObject({ status: 'undone', canUndo: false });
    expect(await peopleChecksum(t)).toEqual(before);
    expect((await owner.post(`/api/imports/${done.importId}/undo`)).status).toBe(409);
  });

  it('keeps a field edited after the import, and keeps (as deleted) a new person who has history since', async () => {
    await owner.post('/api/people', { familyName: '松本', memberNumber: 'E1' });
    const done = await importFile(t, owner, utf8(['会員番号,氏名,役職,部署', 'E1,松本,課長,人事部', 'E2,新井 花,,']));
    const matsumoto = await byNumber('E1');
    expect(matsumoto).toMatchObject({ jobTitle: '課長', department: '人事部' });
    // Since the import: someone corrects the job title, and the new person comes to the shop.
    expect((await owner.patch(`/api/people/${matsumoto.personId}`, { version: matsumoto.version, jobTitle: '次長' })).status).toBe(200);
    const arai = await byNumber('E2');
    expect((await owner.post(`/api/people/${arai.personId}/activities`, { kind: 'visit', body: '来店' })).status).toBe(201);

    await step(t, owner, done.importId, 'undo');
    expect(await byNumber('E1')).toMatchObject({ jobTitle: '次長', department: null });
    const hidden = await sql<{ deleted: boolean }>`select deleted_at is not null as deleted from people where person_id = ${arai.personId}`.execute(t.db.kysely);
    expect(hidden.rows).toEqual([{ deleted: true }]);
    expect(await count('activities')).toBeGreaterThan(0);
  });
});

describe('stopping a run', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `S${i},山本 ${i},s${i % 4_000}@example.jp`);

  it('resumes after the last batch written when the worker stops halfway, without a duplicate', async () => {
    const up = (await uploadFile(owner, utf8(['会員番号,氏名,メール', ...rows(5_000)]))).body;
    await step(t, owner, up.importId, 'check');
    const started = await owner.post(`/api/imports/${up.importId}/run`);
    // The first worker stops after its first batch (a shutdown), the second takes the job over.
    const stop = new AbortController();
    await expect(runImport(t.app.deps, workspaceId, up.importId, { locale: 'ja', authorLabel: 'test', signal: stop.signal, progress: async () => stop.abort() })).rejects.toThrow('import run stopped');
    expect((await owner.get(`/api/imports/${up.importId}`)).body.result.rowsDone).toBe(2_000);
    await runJob(t, started.body.jobRunId);
    const done = (await owner.get(`/api/imports/${up.importId}`)).body;
    // Rows 4,000–4,999 repeat the emails of rows 0–999, written two batches before: merged into them.
    expect(done.result).toEqual({ rowsDone: 5_000, created: 4_000, updated: 0, merged: 1_000, skipped: 0, invalid: 0 });
    const dup = await sql<{ n: string }>`select count(*) as n from (select email_key from person_emails e join people p using (workspace_id, person_id)
      where p.member_number like 'S%' group by email_key having count(*) > 1) d`.execute(t.db.kysely);
    expect(Number(dup.rows[0]!.n)).toBe(0);
    expect(Number((await sql<{ n: string }>`select count(*) as n from people where member_number like 'S%'`.execute(t.db.kysely)).rows[0]!.n)).toBe(4_000);
    expect((await owner.get(`/api/jobs/${started.body.jobRunId}`)).body).toMatchObject({ status: 'succeeded', done: 5_000, total: 5_000 });
  });

  it('cancels between batches; what was written can be undone', async () => {
    const up = (await uploadFile(owner, utf8(['会員番号,氏名', ...rows(10).map((r) => r.replace(/^S/u, 'C').split(',').slice(0, 2).join(','))]))).body;
    await step(t, owner, up.importId, 'check');
    const started = await owner.post(`/api/imports/${up.importId}/run`);
    const cancelled = await owner.post(`/api/imports/${up.importId}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', canUndo: true });
    await runJob(t, started.body.jobRunId);
    expect((await owner.get(`/api/imports/${up.importId}`)).body).toMatchObject({ status: 'cancelled', result: { rowsDone: 0, created: 0 } });
    expect((await owner.post(`/api/imports/${up.importId}/cancel`)).status).toBe(409);
  });
});

describe('a run whose job failed for good', () => {
  it('shows as failed and can be undone, and a check that failed can be run again', async () => {
    const up = (await uploadFile(owner, utf8(['会員番号,氏名', 'F1,福田 一', 'F2,福田 二']))).body;
    await step(t, owner, up.importId, 'check');
    const started = await owner.post(`/api/imports/${up.importId}/run`);
    // The worker wrote the first batch, then the job ran out of retries.
    await runJob(t, started.body.jobRunId);
    await sql`update imports set status = 'running' where import_id = ${up.importId}`.execute(t.db.kysely);
    await sql`update job_runs set status = 'failed', error = 'gave up' where job_run_id = ${started.body.jobRunId}`.execute(t.db.kysely);
    const failed = (await owner.get(`/api/imports/${up.importId}`)).body;
    expect(failed).toMatchObject({ status: 'failed', canUndo: true, result: { created: 2 } });
    expect(failed.error).toContain('取り込みが途中で止まりました');
    expect((await owner.get('/api/imports?limit=1')).body.items[0]).toMatchObject({ importId: up.importId, status: 'failed', canUndo: true });
    expect(await step(t, owner, up.importId, 'undo')).toMatchObject({ status: 'undone' });
    expect(Number((await sql<{ n: string }>`select count(*) as n from people where member_number in ('F1', 'F2')`.execute(t.db.kysely)).rows[0]!.n)).toBe(0);

    const again = (await uploadFile(owner, utf8(['会員番号,氏名', 'G1,五十嵐 一']))).body;
    const check = await owner.post(`/api/imports/${again.importId}/check`, {});
    await sql`update job_runs set status = 'failed' where job_run_id = ${check.body.jobRunId}`.execute(t.db.kysely);
    expect((await owner.get(`/api/imports/${again.importId}`)).body.status).toBe('failed');
    expect((await step(t, owner, again.importId, 'check')).status).toBe('checked');
  });
});

describe('the import history', () => {
  it('lists the workspace’s imports newest first, with what each wrote', async () => {
    const list = (await owner.get('/api/imports?limit=3')).body.items;
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({ status: 'checked', result: null, canUndo: false });
    expect(list.map((i: { importId: string }) => i.importId)).toEqual([...list.map((i: { importId: string }) => i.importId)].sort().reverse());
  });
});
