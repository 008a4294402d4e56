// Imports through the API, first steps: a file goes up as raw bytes, its encoding, delimiter, header and
// first rows are read, columns get suggested fields, the user's mapping is checked; a file that cannot be
// read is refused with a message on the file and leaves nothing behind.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/server/platform/db/index.ts';
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
