// Imports through the API, first steps: a file goes up as raw bytes, its encoding, delimiter, header and
// first rows are read, columns get suggested fields, the user's mapping is checked; a file that cannot be
// read is refused with a message on the file and leaves nothing behind.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/server/platform/db/index.ts';
import { parseCsv } from '../../src/server/lib/tabular/csv.ts';
import { addMember, type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
});
afterAll(() => t.close());

const SAMPLE = readFileSync(new URL('../fixtures/imports/shop-members-cp932.csv', import.meta.url));
const upload = (c: Client, bytes: Uint8Array, fileName = 'members.csv', extra = '') =>
  c.request('POST', `/api/imports?entity=person&fileName=${encodeURIComponent(fileName)}${extra}`, Buffer.from(bytes), { 'content-type': 'text/csv' });
const importRows = async () => Number((await sql<{ n: string }>`select count(*) as n from imports`.execute(t.db.kysely)).rows[0]!.n);
const chunkRows = async () => Number((await sql<{ n: string }>`select count(*) as n from import_file_chunks`.execute(t.db.kysely)).rows[0]!.n);

describe('uploading a file', () => {
  it('reads the shared CP932 member list: encoding, delimiter, header, first rows and suggested fields', async () => {
    const r = await upload(owner, SAMPLE, '会員名簿.csv');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ entity: 'person', status: 'uploaded', fileName: '会員名簿.csv', fileBytes: SAMPLE.length, encoding: 'cp932', delimiter: ',' });
    expect(r.body.columns.map((c: { header: string; field: string | null }) => [c.header, c.field])).toEqual([
      ['会員番号', 'memberNumber'], ['お名前', 'fullName'], ['ﾌﾘｶﾞﾅ', 'fullNameKana'], ['〒', 'postalCode'], ['住所1', 'address'], ['住所2', 'address2'],
      ['TEL', 'phone'], ['携帯', 'mobile'], ['E-Mail', 'email'], ['生年月日', 'birthday'], ['性別', 'gender'], ['来店回数', null], ['最終来店日', null],
      ['DM希望', null], ['備考', 'notes'],
    ]);
    expect(r.body.columns[0].by).toBe('header');
    // 𠮷 is not in CP932: Excel wrote "?", and that is what the file holds.
    expect(r.body.samples[0].slice(0, 3)).toEqual(['A10000', '?田　蓮', 'ﾖｼﾀﾞ ﾚﾝ']);
    expect(r.body.samples).toHaveLength(20);
    expect(r.body.targets).toContainEqual({ key: 'fullNameKana', label: 'フリガナ（氏名）' });
    // What the page shows again later is what was read now (how a suggestion was made is said only once).
    expect((await owner.get(`/api/imports/${r.body.importId}`)).body).toEqual({ ...r.body, columns: r.body.columns.map((c: object) => ({ ...c, by: null })) });
  });

  it('detects UTF-8 with a BOM and tab-separated columns, and takes the user’s choice over detection', async () => {
    const text = '氏名\tメールアドレス\t電話番号\r\n髙橋　一郎\tichiro@example.jp\t03-1234-5678\r\n';
    const bom = await upload(owner, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'tab.txt');
    expect(bom.body).toMatchObject({ encoding: 'utf-8', delimiter: '\t' });
    expect(bom.body.columns.map((c: { field: string }) => c.field)).toEqual(['fullName', 'email', 'phone']);
    expect(bom.body.samples).toEqual([['髙橋　一郎', 'ichiro@example.jp', '03-1234-5678']]);
    const chosen = await upload(owner, iconv.encode('氏名;メール\r\nｶﾀｶﾅ;a@example.jp\r\n', 'cp932'), 'semi.csv', '&encoding=cp932&delimiter=%3B');
    expect(chosen.body).toMatchObject({ encoding: 'cp932', delimiter: ';' });
    expect(chosen.body.samples).toEqual([['ｶﾀｶﾅ', 'a@example.jp']]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'file_empty', 'ファイルが空です'],
    ['a BOM and nothing else', new Uint8Array([0xef, 0xbb, 0xbf]), 'file_empty', 'ファイルが空です'],
    ['random bytes', new Uint8Array(Array.from({ length: 20_000 }, (_, i) => (i * 2654435761) >>> 24)), 'file_binary', 'CSV（テキスト）として読めません'],
    ['an Excel workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0, 0]), 'file_is_xlsx', 'CSV（コンマ区切り）'],
    ['broken quoting', new TextEncoder().encode('氏名,備考\n山田,"閉じない\n鈴木,x\n'), 'csv_unclosed_quote', '2 行目で始まる'],
    ['text after a closing quote', new TextEncoder().encode('氏名,備考\n山田,ok\n"鈴木"様,x\n'), 'csv_text_after_quote', '3 行目'],
  ])('refuses %s with a message on the file, and keeps nothing', async (_, bytes, code, words) => {
    const before = [await importRows(), await chunkRows()];
    const r = await upload(owner, bytes);
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ field: 'file', code });
    expect(r.body.errors[0].message).toContain(words);
    expect([await importRows(), await chunkRows()]).toEqual(before);
  });

  it('answers in English for an English caller', async () => {
    owner.locale = 'en';
    try {
      const r = await upload(owner, new TextEncoder().encode('a,b\n"x,y\n'));
      expect(r.body.errors[0].message).toBe('The quote (") that starts on line 2 is never closed. Check the quoting in the file.');
    } finally {
      owner.locale = 'ja';
    }
  });

  it('stores a file larger than one chunk whole, and reads its head from the first', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `会員${i},山田 ${i},yamada${i}@example.jp`).join('\r\n');
    const bytes = iconv.encode(`会員番号,氏名,メール\r\n${rows}\r\n`, 'cp932');
    const r = await upload(owner, bytes);
    expect(r.status).toBe(201);
    expect(r.body.fileBytes).toBe(bytes.length);
    const stored = (await sql<{ n: string; bytes: string }>`select count(*) as n, sum(length(bytes)) as bytes from import_file_chunks where import_id = ${r.body.importId}`.execute(t.db.kysely)).rows[0]!;
    expect(Number(stored.n)).toBeGreaterThan(1);
    expect(Number(stored.bytes)).toBe(bytes.length);
    expect(r.body.samples[19]).toEqual(['会員19', '山田 19', 'yamada19@example.jp']);
  });

  it('suggests the workspace’s custom fields by their label', async () => {
    const field = (await owner.post('/api/fields', { entityType: 'person', label: '来店回数', type: 'number' })).body;
    const r = await upload(owner, SAMPLE);
    expect(r.body.columns[11]).toMatchObject({ header: '来店回数', field: `custom:${field.fieldId}`, by: 'header' });
    expect(r.body.targets).toContainEqual({ key: `custom:${field.fieldId}`, label: '来店回数' });
  });
});

describe('the mapping', () => {
  it('takes one field per column, checks it, and keeps it', async () => {
    const up = (await upload(owner, new TextEncoder().encode('名前,メール,メモ\n山田,a@example.jp,x\n'))).body;
    const url = `/api/imports/${up.importId}/mapping`;
    const twice = await owner.put(url, { fields: ['fullName', 'fullName', null] });
    expect(twice.status).toBe(400);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'fields.1', code: 'mapping_field_twice', message: '「氏名」が 2 つの列に割り当てられています。1 つの列だけにしてください。' })]);
    expect((await owner.put(url, { fields: ['fullName', 'email'] })).body.errors[0]).toMatchObject({ field: 'fields', code: 'mapping_columns' });
    expect((await owner.put(url, { fields: ['fullName', 'email', 'password'] })).body.errors[0]).toMatchObject({ field: 'fields.2', code: 'mapping_unknown_field' });
    const ok = await owner.put(url, { fields: ['fullName', null, 'notes'] });
    expect(ok.status).toBe(200);
    expect((await owner.get(`/api/imports/${up.importId}`)).body.columns.map((c: { field: string | null }) => c.field)).toEqual(['fullName', null, 'notes']);
  });

  it('discards an import that has written nothing', async () => {
    const up = (await upload(owner, new TextEncoder().encode('名前\n山田\n'))).body;
    expect((await owner.delete(`/api/imports/${up.importId}`)).status).toBe(204);
    expect((await owner.get(`/api/imports/${up.importId}`)).status).toBe(404);
  });
});

describe('who sees an import', () => {
  it('keeps an import inside its workspace, and refuses viewers', async () => {
    const up = (await upload(owner, new TextEncoder().encode('名前\n山田\n'))).body;
    const other = await setupOwnerOfAnotherWorkspace();
    expect((await other.get(`/api/imports/${up.importId}`)).status).toBe(404);
    expect((await other.put(`/api/imports/${up.importId}/mapping`, { fields: [null] })).status).toBe(404);
    expect((await other.delete(`/api/imports/${up.importId}`)).status).toBe(404);
    const viewer = await addMember(t, owner, 'viewer-import@example.jp', 'viewer');
    expect((await upload(viewer, new TextEncoder().encode('名前\n山田\n'))).status).toBe(403);
  });
});

async function setupOwnerOfAnotherWorkspace(): Promise<Client> {
  const c = await addMember(t, owner, 'elsewhere@example.jp', 'owner');
  const ws = await c.post('/api/workspaces', { name: '別の店' });
  await c.post('/api/auth/switch-workspace', { workspaceId: ws.body.workspace?.workspaceId ?? ws.body.workspaceId });
  return c;
}

describe('the size limit', () => {
  it('refuses a file over IMPORT_MAX_BYTES with 413, and keeps nothing of it', async () => {
    const small = await createTestApp({ IMPORT_MAX_BYTES: '4096' });
    try {
      const c = await setupOwner(small);
      const r = await c.request('POST', '/api/imports?entity=person&fileName=big.csv', Buffer.from(`氏名\n${'山田\n'.repeat(1000)}`), { 'content-type': 'text/csv' });
      expect(r.status).toBe(413);
      expect(r.body).toMatchObject({ code: 'file_too_large', field: 'file' });
      expect(r.body.detail).toBe('ファイルが大きすぎます（上限 4,096 バイト）。分けてアップロードしてください。');
      expect(Number((await sql<{ n: string }>`select (select count(*) from imports) + (select count(*) from import_file_chunks) as n`.execute(small.db.kysely)).rows[0]!.n)).toBe(0);
    } finally {
      await small.close();
    }
  });
});

describe('checking a file before anything is written', () => {
  const peopleCount = async () => Number((await sql<{ n: string }>`select count(*) as n from people`.execute(t.db.kysely)).rows[0]!.n);
  const runCheck = async (importId: string, options: object = {}) => {
    const r = await owner.post(`/api/imports/${importId}/check`, options);
    expect(r.status).toBe(202);
    expect(r.body.status).toBe('checking');
    const job = t.app.jobs.find((j) => j.name === 'imports.check')!;
    await job.handler({ data: { workspaceId: (await owner.get('/api/auth/session')).body.workspace.workspaceId, jobRunId: r.body.jobRunId }, signal: new AbortController().signal, retryCount: 0 } as never);
    return (await owner.get(`/api/imports/${importId}`)).body;
  };
  const FILE = [
    '氏名,メール,電話,会員番号,生年月日',
    '山田 太郎,taro@example.jp,03-1111-2222,M1,1980/1/1', // 2: new
    '鈴木 花子,hanako@example.jp,,M2,H2.1.8', // 3: update (M2 is here)
    '山田 太郎,TARO@example.jp,,,', // 4: the same email as line 2
    '佐藤,bad-email,,M3,', // 5: invalid email
    '田中 一郎,ichiro@example.jp,,M4,2026/2/30', // 6: no such day
    ',x@example.jp,,,', // 7: no name
    '高橋,,090-1234-5678,,', // 8: update (the phone is here)
    '伊藤,,,,', // 9: new
    '伊藤,,,,', // 10: new: without keys nothing makes it a duplicate
  ].join('\r\n');

  it('counts new, update, duplicate-in-file and invalid rows, with the first of each and messages naming the column', async () => {
    await owner.post('/api/people', { familyName: '鈴木', givenName: '花子', memberNumber: 'M2' });
    await owner.post('/api/people', { familyName: '高橋', phones: [{ phone: '09012345678' }] });
    const before = await peopleCount();
    const up = (await upload(owner, new TextEncoder().encode(FILE))).body;
    const checked = await runCheck(up.importId);
    expect(checked.status).toBe('checked');
    expect(checked.counts).toEqual({ rows: 9, new: 3, update: 2, duplicateInFile: 1, invalid: 3, nameNotSplit: 4 });
    expect(checked.preview.new.map((r: { line: number }) => r.line)).toEqual([2, 9, 10]);
    expect(checked.preview.update.map((r: { line: number }) => r.line)).toEqual([3, 8]);
    expect(checked.preview.duplicateInFile).toEqual([{ line: 4, cells: ['山田 太郎', 'TARO@example.jp', '', '', ''], firstLine: 2 }]);
    expect(checked.preview.invalid.map((r: { line: number; problems: { column: number; code: string; message: string }[] }) => [r.line, r.problems.map((p) => [p.column, p.code, p.message])])).toEqual([
      [5, [[1, 'invalid_email_address', '「メール」の形式が正しくありません（例: hanako@example.jp）。']]],
      [6, [[4, 'invalid_date', '「生年月日」は日付として読めません（例: 2026/11/23、S55.4.1、令和8年11月23日）。']]],
      [7, [[0, 'required', '「氏名」を入力してください。']]],
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it('hands back the invalid rows as a file to fix, in the file’s own encoding, with the reasons last', async () => {
    const up = (await upload(owner, iconv.encode(FILE.replace('佐藤', '髙橋①'), 'cp932'), '顧客.csv')).body;
    expect((await owner.get(`/api/imports/${up.importId}/invalid-rows`)).status).toBe(409);
    await runCheck(up.importId);
    const res = await t.app.http.inject({ method: 'GET', url: `/api/imports/${up.importId}/invalid-rows`, headers: { cookie: `daifuku_session=${owner.cookie}`, 'accept-language': 'ja' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=Shift_JIS');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('顧客_エラー行.csv')}`);
    const rows = parseCsv(iconv.decode(res.rawPayload, 'cp932')).map((r) => r.cells);
    expect(rows).toEqual([
      ['氏名', 'メール', '電話', '会員番号', '生年月日', 'エラー内容'],
      ['髙橋①', 'bad-email', '', 'M3', '', '5 行目: 「メール」の形式が正しくありません（例: hanako@example.jp）。'],
      ['田中 一郎', 'ichiro@example.jp', '', 'M4', '2026/2/30', '6 行目: 「生年月日」は日付として読めません（例: 2026/11/23、S55.4.1、令和8年11月23日）。'],
      ['', 'x@example.jp', '', '', '', '7 行目: 「氏名」を入力してください。'],
    ]);
  });

  it('matches only by the keys chosen', async () => {
    const up = (await upload(owner, new TextEncoder().encode(FILE))).body;
    const checked = await runCheck(up.importId, { matchKeys: ['email'] });
    expect(checked.options).toEqual({ matchKeys: ['email'], mode: 'fill', keepValid: false });
    expect(checked.counts).toMatchObject({ new: 5, update: 0, duplicateInFile: 1, invalid: 3 });
  });

  it('reads the shared CP932 member list as 30 valid rows, one of them someone already here', async () => {
    await owner.post('/api/people', { familyName: '斎藤', givenName: '由美', emails: [{ email: 'member1@example.ne.jp' }] });
    const up = (await upload(owner, SAMPLE)).body;
    const checked = await runCheck(up.importId);
    expect(checked.counts).toEqual({ rows: 30, new: 29, update: 1, duplicateInFile: 0, invalid: 0, nameNotSplit: 0 });
    expect(checked.preview.update[0].cells[8]).toBe('member1@example.ne.jp');
  });

  it('fails the import, not the job, when the quoting breaks halfway, naming the line', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `山田 ${i},y${i}@example.jp`);
    const up = (await upload(owner, new TextEncoder().encode(['氏名,メール', ...rows, '鈴木,"閉じない', '佐藤,s@example.jp'].join('\n')))).body;
    const checked = await runCheck(up.importId);
    expect(checked).toMatchObject({ status: 'failed', counts: null, error: '32 行目で始まる「"」（ダブルクォート）が閉じられていません。ファイルの引用符を確認してください。' });
    expect((await owner.get(`/api/jobs/${checked.jobRunId}`)).body.status).toBe('succeeded');
  });

  it('wants a name column before checking, and a new mapping makes the check stale', async () => {
    const up = (await upload(owner, new TextEncoder().encode(FILE))).body;
    await owner.put(`/api/imports/${up.importId}/mapping`, { fields: [null, 'email', 'phone', 'memberNumber', 'birthday'] });
    const refused = await owner.post(`/api/imports/${up.importId}/check`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ code: 'mapping_needs_name', message: '氏名（または姓）の列を割り当ててください。名前のない人は登録できません。' });
    await owner.put(`/api/imports/${up.importId}/mapping`, { fields: ['fullName', 'email', 'phone', 'memberNumber', 'birthday'] });
    expect((await runCheck(up.importId)).counts.rows).toBe(9);
    const remapped = await owner.put(`/api/imports/${up.importId}/mapping`, { fields: ['fullName', 'email', null, null, null] });
    expect(remapped.body).toMatchObject({ status: 'uploaded', counts: null, preview: null });
  });
});
