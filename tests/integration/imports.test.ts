// Imports through the API, first steps: a file goes up as raw bytes, a CSV's encoding and delimiter or a
// workbook's sheet, the header and first rows are read, columns get suggested fields, the user's mapping is
// checked; a file that cannot be read is refused with a message on the file and leaves nothing behind.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/server/platform/db/index.ts';
import { parseCsv } from '../../src/server/lib/tabular/csv.ts';
import { readXlsx, xlsxSheets, type ByteSource } from '../../src/server/lib/tabular/xlsx-reader.ts';
import { addMember, type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { runJob, step, uploadFile } from '../helpers/imports.ts';
import { compoundFile, workbook, zip } from '../fixtures/imports/xlsx-build.ts';

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
});
afterAll(() => t.close());

const SAMPLE = readFileSync(new URL('../fixtures/imports/shop-members-cp932.csv', import.meta.url));
const importRows = async () => Number((await sql<{ n: string }>`select count(*) as n from imports`.execute(t.db.kysely)).rows[0]!.n);
const chunkRows = async () => Number((await sql<{ n: string }>`select count(*) as n from import_file_chunks`.execute(t.db.kysely)).rows[0]!.n);

describe('uploading a file', () => {
  it('reads the shared CP932 member list: encoding, delimiter, header, first rows and suggested fields', async () => {
    const r = await uploadFile(owner, SAMPLE, '会員名簿.csv');
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
    const bom = await uploadFile(owner, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'tab.txt');
    expect(bom.body).toMatchObject({ encoding: 'utf-8', delimiter: '\t' });
    expect(bom.body.columns.map((c: { field: string }) => c.field)).toEqual(['fullName', 'email', 'phone']);
    expect(bom.body.samples).toEqual([['髙橋　一郎', 'ichiro@example.jp', '03-1234-5678']]);
    const chosen = await uploadFile(owner, iconv.encode('氏名;メール\r\nｶﾀｶﾅ;a@example.jp\r\n', 'cp932'), 'semi.csv', '&encoding=cp932&delimiter=%3B');
    expect(chosen.body).toMatchObject({ encoding: 'cp932', delimiter: ';' });
    expect(chosen.body.samples).toEqual([['ｶﾀｶﾅ', 'a@example.jp']]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'file_empty', 'ファイルが空です'],
    ['a BOM and nothing else', new Uint8Array([0xef, 0xbb, 0xbf]), 'file_empty', 'ファイルが空です'],
    ['random bytes', new Uint8Array(Array.from({ length: 20_000 }, (_, i) => (i * 2654435761) >>> 24)), 'file_binary', 'CSV（テキスト）としても Excel ブック（.xlsx）としても読めません'],
    ['the first bytes of a zip and nothing more', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0, 0]), 'xlsx_broken', '壊れているか Excel ブックではない'],
    ['broken quoting', new TextEncoder().encode('氏名,備考\n山田,"閉じない\n鈴木,x\n'), 'csv_unclosed_quote', '2 行目で始まる'],
    ['text after a closing quote', new TextEncoder().encode('氏名,備考\n山田,ok\n"鈴木"様,x\n'), 'csv_text_after_quote', '3 行目'],
  ])('refuses %s with a message on the file, and keeps nothing', async (_, bytes, code, words) => {
    const before = [await importRows(), await chunkRows()];
    const r = await uploadFile(owner, bytes);
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ field: 'file', code });
    expect(r.body.errors[0].message).toContain(words);
    expect([await importRows(), await chunkRows()]).toEqual(before);
  });

  it('answers in English for an English caller', async () => {
    owner.locale = 'en';
    try {
      const r = await uploadFile(owner, new TextEncoder().encode('a,b\n"x,y\n'));
      expect(r.body.errors[0].message).toBe('The quote (") that starts on line 2 is never closed. Check the quoting in the file.');
    } finally {
      owner.locale = 'ja';
    }
  });

  it('stores a file larger than one chunk whole, and reads its head from the first', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `会員${i},山田 ${i},yamada${i}@example.jp`).join('\r\n');
    const bytes = iconv.encode(`会員番号,氏名,メール\r\n${rows}\r\n`, 'cp932');
    const r = await uploadFile(owner, bytes);
    expect(r.status).toBe(201);
    expect(r.body.fileBytes).toBe(bytes.length);
    const stored = (await sql<{ n: string; bytes: string }>`select count(*) as n, sum(length(bytes)) as bytes from import_file_chunks where import_id = ${r.body.importId}`.execute(t.db.kysely)).rows[0]!;
    expect(Number(stored.n)).toBeGreaterThan(1);
    expect(Number(stored.bytes)).toBe(bytes.length);
    expect(r.body.samples[19]).toEqual(['会員19', '山田 19', 'yamada19@example.jp']);
  });

  it('suggests the workspace’s custom fields by their label', async () => {
    const field = (await owner.post('/api/fields', { entityType: 'person', label: '来店回数', type: 'number' })).body;
    const r = await uploadFile(owner, SAMPLE);
    expect(r.body.columns[11]).toMatchObject({ header: '来店回数', field: `custom:${field.fieldId}`, by: 'header' });
    expect(r.body.targets).toContainEqual({ key: `custom:${field.fieldId}`, label: '来店回数' });
  });
});

describe('the mapping', () => {
  it('takes one field per column, checks it, and keeps it', async () => {
    const up = (await uploadFile(owner, new TextEncoder().encode('名前,メール,メモ\n山田,a@example.jp,x\n'))).body;
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
    const up = (await uploadFile(owner, new TextEncoder().encode('名前\n山田\n'))).body;
    expect((await owner.delete(`/api/imports/${up.importId}`)).status).toBe(204);
    expect((await owner.get(`/api/imports/${up.importId}`)).status).toBe(404);
  });
});

describe('who sees an import', () => {
  it('keeps an import inside its workspace, and refuses viewers', async () => {
    const up = (await uploadFile(owner, new TextEncoder().encode('名前\n山田\n'))).body;
    const other = await setupOwnerOfAnotherWorkspace();
    expect((await other.get(`/api/imports/${up.importId}`)).status).toBe(404);
    expect((await other.put(`/api/imports/${up.importId}/mapping`, { fields: [null] })).status).toBe(404);
    expect((await other.delete(`/api/imports/${up.importId}`)).status).toBe(404);
    const viewer = await addMember(t, owner, 'viewer-import@example.jp', 'viewer');
    expect((await uploadFile(viewer, new TextEncoder().encode('名前\n山田\n'))).status).toBe(403);
  });
});

async function setupOwnerOfAnotherWorkspace(email = 'elsewhere@example.jp'): Promise<Client> {
  const c = await addMember(t, owner, email, 'owner');
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
    await runJob(t, r.body.jobRunId);
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
    const up = (await uploadFile(owner, new TextEncoder().encode(FILE))).body;
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
    const up = (await uploadFile(owner, iconv.encode(FILE.replace('佐藤', '髙橋①'), 'cp932'), '顧客.csv')).body;
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
    const up = (await uploadFile(owner, new TextEncoder().encode(FILE))).body;
    const checked = await runCheck(up.importId, { matchKeys: ['email'] });
    expect(checked.options).toEqual({ matchKeys: ['email'], mode: 'fill', keepValid: false });
    expect(checked.counts).toMatchObject({ new: 5, update: 0, duplicateInFile: 1, invalid: 3 });
  });

  it('reads the shared CP932 member list as 30 valid rows, one of them someone already here', async () => {
    await owner.post('/api/people', { familyName: '斎藤', givenName: '由美', emails: [{ email: 'member1@example.ne.jp' }] });
    const up = (await uploadFile(owner, SAMPLE)).body;
    const checked = await runCheck(up.importId);
    expect(checked.counts).toEqual({ rows: 30, new: 29, update: 1, duplicateInFile: 0, invalid: 0, nameNotSplit: 0 });
    expect(checked.preview.update[0].cells[8]).toBe('member1@example.ne.jp');
  });

  it('fails the import, not the job, when the quoting breaks halfway, naming the line', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `山田 ${i},y${i}@example.jp`);
    const up = (await uploadFile(owner, new TextEncoder().encode(['氏名,メール', ...rows, '鈴木,"閉じない', '佐藤,s@example.jp'].join('\n')))).body;
    const checked = await runCheck(up.importId);
    expect(checked).toMatchObject({ status: 'failed', counts: null, error: '32 行目で始まる「"」（ダブルクォート）が閉じられていません。ファイルの引用符を確認してください。' });
    expect((await owner.get(`/api/jobs/${checked.jobRunId}`)).body.status).toBe('succeeded');
  });

  it('wants a name column before checking, and a new mapping makes the check stale', async () => {
    const up = (await uploadFile(owner, new TextEncoder().encode(FILE))).body;
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

describe('Excel workbooks (.xlsx)', () => {
  // A workspace of its own: the people other tests made here do not match these rows.
  let c: Client;
  let workspaceId: string;
  beforeAll(async () => {
    c = await setupOwnerOfAnotherWorkspace('xlsx-importer@example.jp');
    workspaceId = (await c.get('/api/auth/session')).body.workspace.workspaceId;
  });
  // shop-members.xlsx as excel-like.ts writes it: a merged title in row 1, the header in row 2, members in rows 3, 6 and 7.
  const SHOP = readFileSync(new URL('../fixtures/imports/shop-members.xlsx', import.meta.url));
  const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const uploadXlsx = (client: Client, bytes: Uint8Array, fileName = '会員名簿.xlsx', extra = '') => uploadFile(client, bytes, fileName, extra, XLSX_TYPE);
  const stored = async (importId: string) => (await sql<{ file_type: string; sheet: string | null; encoding: string | null; delimiter: string | null }>`
    select file_type, sheet, encoding, delimiter from imports where import_id = ${importId}`.execute(t.db.kysely)).rows[0];
  const inMemory = (b: Uint8Array): ByteSource => ({ size: b.length, read: async (offset, length) => b.subarray(offset, offset + length) });
  const personByNumber = async (memberNumber: string) => {
    const r = await sql<{ person_id: string }>`select person_id from people where workspace_id = ${workspaceId} and member_number = ${memberNumber} and deleted_at is null`.execute(t.db.kysely);
    return r.rows.length === 1 ? (await c.get(`/api/people/${r.rows[0]!.person_id}`)).body : null;
  };

  it('reads the first visible sheet: the header under the title row, suggested fields, cells as Excel shows them', async () => {
    const r = await uploadXlsx(c, SHOP);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ fileName: '会員名簿.xlsx', fileBytes: SHOP.length, fileType: 'xlsx', sheet: '会員名簿', sheets: ['会員名簿', '集計', 'メモ'], encoding: null, delimiter: null });
    expect(r.body.columns.map((col: { header: string; field: string | null }) => [col.header, col.field])).toEqual([
      ['会員番号', 'memberNumber'], ['氏名', 'fullName'], ['電話番号', 'phone'], ['入会日', null], ['生年月日', 'birthday'], ['購入金額', null], ['', null], ['備考', 'notes'], ['最終来店', null],
    ]);
    expect(r.body.samples).toEqual([
      ['1234567890123', '髙橋 一郎', '09012345678', '2024-01-01', '1990-01-01', '12345.6', '', '重要顧客', '2024-01-01 18:00'],
      ['20000001', '㈱大福商事', '03-1234-5678', '2024-02-29', 'TRUE', '0.3', '', '一行目\r\n二行目', '#N/A'],
      ['9012345678', '  前後に空白  ', 'ﾊﾝｶｸ ｶﾅ', '12:00', '2023-01-01', '-1234.5', '', '=1+2'],
    ]);
    expect(await stored(r.body.importId)).toEqual({ file_type: 'xlsx', sheet: '会員名簿', encoding: null, delimiter: null });
    expect((await c.get(`/api/imports/${r.body.importId}`)).body).toEqual({ ...r.body, columns: r.body.columns.map((col: object) => ({ ...col, by: null })) });
  });

  it('says a CSV is a CSV, with no sheets', async () => {
    const r = await uploadFile(c, new TextEncoder().encode('氏名,メール\n山田,a@example.jp\n'));
    expect(r.body).toMatchObject({ fileType: 'csv', sheet: null, sheets: [], encoding: 'utf-8', delimiter: ',' });
    expect(await stored(r.body.importId)).toEqual({ file_type: 'csv', sheet: null, encoding: 'utf-8', delimiter: ',' });
  });

  it('checks and runs it: a date typed in Excel becomes the birthday, a phone typed as text keeps its 0, invalid rows named by their Excel row', async () => {
    const up = (await uploadXlsx(c, SHOP)).body;
    const checked = await step(t, c, up.importId, 'check', { keepValid: true });
    expect(checked.counts).toEqual({ rows: 3, new: 1, update: 0, duplicateInFile: 0, invalid: 2, nameNotSplit: 2 });
    expect(checked.preview.invalid.map((r: { line: number; problems: { column: number; code: string }[] }) => [r.line, r.problems.map((p) => [p.column, p.code])])).toEqual([
      [6, [[4, 'invalid_date']]],
      [7, [[2, 'invalid_phone']]],
    ]);
    const done = await step(t, c, up.importId, 'run');
    expect(done.result).toMatchObject({ rowsDone: 3, created: 1, invalid: 2 });
    const ichiro = await personByNumber('1234567890123');
    expect(ichiro).toMatchObject({ familyName: '髙橋', givenName: '一郎', birthday: '1990-01-01' });
    expect(ichiro.phones.map((p: { e164: string }) => p.e164)).toEqual(['+819012345678']);
    expect((await c.get(`/api/people/${ichiro.personId}/notes`)).body.items.map((n: { body: string }) => n.body)).toEqual(['重要顧客']);
    expect(await personByNumber('20000001')).toBeNull();
  });

  // Two shops' members in one workbook: serial dates (style 1 is yyyy/m/d), phones typed as text, member numbers as numbers.
  const shops = zip(workbook({
    sheets: [
      { name: '本店', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
        + '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>7</v></c><c r="C2" s="1"><v>32874</v></c><c r="D2"><v>100</v></c></row>' },
      { name: '支店', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
        + '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>8</v></c><c r="C2" s="1"><v>29221</v></c><c r="D2"><v>201</v></c></row>'
        + '<row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3" t="s"><v>9</v></c><c r="C3" s="1"><v>36526</v></c><c r="D3"><v>202</v></c></row>' },
    ],
    strings: ['氏名', '電話番号', '生年月日', '会員番号', '本店 太郎', '支店 花子', '支店 次郎', '0311112222', '0312345678', '09011112222'].map((s) => `<t>${s}</t>`),
    formats: [0, 14],
  }));

  it('reads another sheet chosen by name, through the check and the run', async () => {
    const first = (await uploadXlsx(c, shops, '店舗別.xlsx')).body;
    expect(first).toMatchObject({ sheet: '本店', sheets: ['本店', '支店'] });
    expect(first.samples).toEqual([['本店 太郎', '0311112222', '1990-01-01', '100']]);
    expect((await c.delete(`/api/imports/${first.importId}`)).status).toBe(204);

    const up = await uploadXlsx(c, shops, '店舗別.xlsx', `&sheet=${encodeURIComponent('支店')}`);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileType: 'xlsx', sheet: '支店', sheets: ['本店', '支店'] });
    expect(up.body.samples).toEqual([['支店 花子', '0312345678', '1980-01-01', '201'], ['支店 次郎', '09011112222', '2000-01-01', '202']]);
    expect((await c.get(`/api/imports/${up.body.importId}`)).body).toMatchObject({ sheet: '支店', samples: up.body.samples });
    expect((await step(t, c, up.body.importId, 'check')).counts).toMatchObject({ rows: 2, new: 2, invalid: 0 });
    expect((await step(t, c, up.body.importId, 'run')).result).toMatchObject({ rowsDone: 2, created: 2 });
    const hanako = await personByNumber('201');
    expect(hanako).toMatchObject({ familyName: '支店', givenName: '花子', birthday: '1980-01-01' });
    expect(hanako.phones.map((p: { e164: string }) => p.e164)).toEqual(['+81312345678']);
    expect(await personByNumber('202')).toMatchObject({ givenName: '次郎', birthday: '2000-01-01', phones: [expect.objectContaining({ e164: '+819011112222' })] });
    expect(await personByNumber('100')).toBeNull();
  });

  it('refuses a sheet the workbook does not have, and an empty sheet, naming the sheets it has; keeps nothing', async () => {
    const before = [await importRows(), await chunkRows()];
    const missing = await uploadXlsx(c, SHOP, '会員名簿.xlsx', `&sheet=${encodeURIComponent('売上')}`);
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({
      field: 'file', code: 'xlsx_no_sheet',
      message: 'シート「売上」がこのブックにありません（このブックのシート: 会員名簿 / 集計 / メモ）。シート名を確かめて、もう一度選んでください。',
    });
    const openpyxl = readFileSync(new URL('../fixtures/imports/openpyxl-made.xlsx', import.meta.url));
    const empty = await uploadXlsx(c, openpyxl, 'x.xlsx', `&sheet=${encodeURIComponent('空のシート')}`);
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ field: 'file', code: 'xlsx_sheet_empty', message: expect.stringContaining('シート「空のシート」には何も入っていません') });
    expect(empty.body.errors[0].message).toContain('顧客 / 空のシート');
    expect([await importRows(), await chunkRows()]).toEqual(before);
  });

  it.each([
    ['a workbook saved with a password', compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'xlsx_encrypted', 'パスワードで保護されているため読み込めません'],
    ['an Excel 97–2003 workbook (.xls)', compoundFile(['Workbook']), 'xls_legacy', '古い形式の Excel ファイル（.xls）は読み込めません'],
    ['a zip without a workbook in it', zip([['readme.txt', 'not a workbook']]), 'xlsx_broken', '壊れているか Excel ブックではない'],
  ])('refuses %s with a message on the file that says what to do', async (_, bytes, code, words) => {
    const r = await uploadXlsx(c, bytes);
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ field: 'file', code });
    expect(r.body.errors[0].message).toContain(words);
  });

  it('hands back the invalid rows of a workbook as a workbook, the reasons in a last column', async () => {
    const up = (await uploadXlsx(c, SHOP)).body;
    await step(t, c, up.importId, 'check');
    const res = await t.app.http.inject({ method: 'GET', url: `/api/imports/${up.importId}/invalid-rows`, headers: { cookie: `daifuku_session=${c.cookie}`, 'accept-language': 'ja' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('会員名簿_エラー行.xlsx')}`);
    const file = inMemory(res.rawPayload);
    expect(await xlsxSheets(file)).toEqual(['会員名簿']);
    const rows = [];
    for await (const r of readXlsx(file)) rows.push(r.cells);
    expect(rows).toEqual([
      ['会員番号', '氏名', '電話番号', '入会日', '生年月日', '購入金額', '', '備考', '最終来店', 'エラー内容'],
      ['20000001', '㈱大福商事', '03-1234-5678', '2024-02-29', 'TRUE', '0.3', '', '一行目\r\n二行目', '#N/A', '6 行目: 「生年月日」は日付として読めません（例: 2026/11/23、S55.4.1、令和8年11月23日）。'],
      // The row ends before 最終来店: the reason still goes in the last column.
      ['9012345678', '  前後に空白  ', 'ﾊﾝｶｸ ｶﾅ', '12:00', '2023-01-01', '-1234.5', '', '=1+2', '', '7 行目: 「電話番号」は電話番号として正しくありません（例: 03-1234-5678、090-1234-5678）。'],
    ]);
  });

  it('reads a workbook stored over several chunks, its parts crossing the chunk ends', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const n = 9_000;
    const body = Array.from({ length: n }, (_, i) => {
      const r = i + 2;
      const email = i === n - 1 ? 'not-an-email' : `big${i}@example.jp`;
      return `<row r="${r}">${cell(`A${r}`, `大福 ${i}`)}${cell(`B${r}`, email)}${cell(`C${r}`, '備考'.repeat(40))}</row>`;
    }).join('');
    // Stored, not deflated: the sheet alone is larger than two chunks.
    const big = zip(workbook({ sheets: [{ name: '大量', rows: `<row r="1">${cell('A1', '氏名')}${cell('B1', 'メール')}${cell('C1', '備考')}</row>${body}` }] }), { store: true });
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    const up = await uploadXlsx(c, big, '大量.xlsx');
    expect(up.status).toBe(201);
    expect(up.body.samples[19]).toEqual(['大福 19', 'big19@example.jp', '備考'.repeat(40)]);
    const checked = await step(t, c, up.body.importId, 'check');
    expect(checked.counts).toMatchObject({ rows: n, new: n - 1, invalid: 1 });
    expect(checked.preview.invalid[0]).toMatchObject({ line: n + 1, cells: [`大福 ${n - 1}`, 'not-an-email', '備考'.repeat(40)] });
  });

  it('leaves a title row above the header out of a CSV saved from such a sheet too', async () => {
    const up = (await uploadFile(c, new TextEncoder().encode('会員名簿（2024年度）,,\r\n氏名,メール,会員番号\r\n山田 太郎,taro-title@example.jp,T1\r\n'))).body;
    expect(up.columns.map((col: { header: string }) => col.header)).toEqual(['氏名', 'メール', '会員番号']);
    expect(up.samples).toEqual([['山田 太郎', 'taro-title@example.jp', 'T1']]);
    const checked = await step(t, c, up.importId, 'check');
    expect(checked.counts).toMatchObject({ rows: 1, new: 1, invalid: 0 });
    expect(checked.preview.new.map((r: { line: number }) => r.line)).toEqual([3]);
  });
});
