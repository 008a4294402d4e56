// Exporting people: the list's selection, chosen columns, UTF-8 with BOM or CP932, formula injection
// guarded, the audit log told; an Excel workbook with the same rows, every cell text; and a file exported
// here maps itself, column by column, when imported.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/server/lib/tabular/csv.ts';
import { unguardFormula } from '../../src/server/lib/tabular/csv-writer.ts';
import { readXlsx, xlsxSheets, type ByteSource } from '../../src/server/lib/tabular/xlsx-reader.ts';
import { sql } from '../../src/server/platform/db/index.ts';
import { addMember, type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let owner: Client;
let fieldId: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
  const field = (await owner.post('/api/fields', { entityType: 'person', label: '好きな餡', type: 'multiple_choice', options: [{ label: '粒あん' }, { label: 'こしあん' }] })).body;
  fieldId = field.fieldId;
  const company = (await owner.post('/api/companies', { name: '株式会社大福商事' })).body;
  await owner.post('/api/people', {
    familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ', emails: [{ email: 'hanako@example.jp' }],
    phones: [{ phone: '03-1234-5678' }, { phone: '090-1111-2222' }], postalCode: '150-0041', prefecture: '東京都', city: '渋谷区',
    addressLine: '神南1-2-3', building: '大福ビル5F', companyId: company.companyId, department: '営業部', jobTitle: '部長', birthday: '1980-04-01',
    gender: 'female', memberNumber: 'M-0001', tags: ['VIP', '常連'], custom: { [fieldId]: [field.options[0].optionId, field.options[1].optionId] },
  });
  await owner.post('/api/people', { familyName: '=HYPERLINK("http://evil.example")', givenName: '𠮷〜', memberNumber: '-1+1' });
  await owner.post('/api/people', { familyName: '鈴木', givenName: '一郎', emails: [{ email: 'ichiro@example.jp' }] });
});
afterAll(() => t.close());

const download = async (c: Client, query: string) => {
  const res = await t.app.http.inject({ method: 'GET', url: `/api/people/export${query}`, headers: { cookie: `daifuku_session=${c.cookie}`, 'accept-language': c.locale } });
  return res;
};

describe('exporting people', () => {
  it('writes CP932 with the import’s headers, every column, formulas guarded, and tells the audit log', async () => {
    const res = await download(owner, '?encoding=cp932');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=Shift_JIS');
    expect(res.headers['content-disposition']).toMatch(/filename\*=UTF-8''%E9%A1%A7%E5%AE%A2%E4%B8%80%E8%A6%A7_\d{8}\.csv/u); // 顧客一覧_YYYYMMDD.csv
    const rows = parseCsv(iconv.decode(res.rawPayload, 'cp932')).map((r) => r.cells);
    expect(rows[0]).toEqual(['姓', '名', 'セイ（フリガナ）', 'メイ（フリガナ）', 'メールアドレス', '電話番号', '電話番号2', '郵便番号', '都道府県', '市区町村', '番地',
      '建物名', '会社名', '部署', '役職', '生年月日', '性別', '会員番号', 'タグ', '顧客ステージ', '登録日時', '更新日時', '好きな餡']);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 20)).toEqual(['山田', '花子', 'ヤマダ', 'ハナコ', 'hanako@example.jp', '03-1234-5678', '090-1111-2222', '150-0041', '東京都', '渋谷区',
      '神南1-2-3', '大福ビル5F', '株式会社大福商事', '営業部', '部長', '1980-04-01', '女性', 'M-0001', 'VIP、常連', '見込顧客']);
    expect(rows[1]![22]).toBe('粒あん、こしあん');
    // Excel would run these; the apostrophe makes them text. 𠮷 is not in CP932 (?), 〜 is written as its twin ～.
    expect(rows[2]!.slice(0, 2)).toEqual(['\'=HYPERLINK("http://evil.example")', '?～']);
    expect(rows[2]![17]).toBe("'-1+1");
    expect((await owner.get('/api/audit?limit=5')).body.items[0]).toMatchObject({ action: 'people.exported', actorLabel: '山田 花子 <hanako@example.jp>' });
    const logged = (await sql<{ after: unknown }>`select after from audit_log where action = 'people.exported' order by audit_id desc limit 1`.execute(t.db.kysely)).rows[0]!.after;
    expect(typeof logged === 'string' ? JSON.parse(logged) : logged).toMatchObject({ count: 3, encoding: 'cp932', q: null, filter: null });
  });

  it('writes UTF-8 with a BOM, only the chosen columns, only the people the search selects', async () => {
    const res = await download(owner, `?columns=familyName,email,custom:${fieldId}&q=${encodeURIComponent('鈴木')}`);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.rawPayload.subarray(3).toString('utf8')).toBe('姓,メールアドレス,好きな餡\r\n鈴木,ichiro@example.jp,\r\n');
  });

  it('lists the columns it can write, with the headers the file gives them, custom fields last, in the user’s language', async () => {
    const ja = (await owner.get('/api/people/export/columns')).body as { key: string; label: string }[];
    const file = parseCsv(iconv.decode((await download(owner, '?encoding=cp932')).rawPayload, 'cp932'))[0]!.cells;
    expect(ja.map((c) => c.label)).toEqual(file);
    expect(ja.slice(0, 3)).toEqual([{ key: 'familyName', label: '姓' }, { key: 'givenName', label: '名' }, { key: 'familyNameKana', label: 'セイ（フリガナ）' }]);
    expect(ja.at(-1)).toEqual({ key: `custom:${fieldId}`, label: '好きな餡' });
    const en = await t.app.http.inject({ method: 'GET', url: '/api/people/export/columns', headers: { cookie: `daifuku_session=${owner.cookie}`, 'accept-language': 'en' } });
    expect(JSON.parse(en.body)[0]).toEqual({ key: 'familyName', label: 'Family name' });
  });

  it('refuses an unknown column by name, and members below admin', async () => {
    const bad = await download(owner, '?columns=familyName,password');
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).errors[0]).toMatchObject({ field: 'querystring.columns', code: 'list_fields', message: '返す項目「password」はありません。' });
    const member = await addMember(t, owner, 'member-export@example.jp', 'member');
    expect((await download(member, '')).statusCode).toBe(403);
  });

  it('writes an .xlsx with the CSV’s rows, every cell text: 髙, 𠮷 and formula-looking names as they are', async () => {
    await owner.post('/api/people', { familyName: '髙橋', givenName: '①子', memberNumber: '000123' });
    const res = await download(owner, '?format=xlsx&encoding=cp932');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/filename="people\.xlsx"; filename\*=UTF-8''%E9%A1%A7%E5%AE%A2%E4%B8%80%E8%A6%A7_\d{8}\.xlsx$/u);
    const file = res.rawPayload;
    const source: ByteSource = { size: file.length, read: async (offset, length) => file.subarray(offset, offset + length) };
    expect(await xlsxSheets(source)).toEqual(['顧客一覧']);
    const rows: string[][] = [];
    for await (const r of readXlsx(source)) rows.push(r.cells);
    // The same cells as the UTF-8 CSV, less its formula guard (the reader drops a row's trailing empty cells).
    const csv = parseCsv((await download(owner, '')).rawPayload.subarray(3).toString('utf8')).map((r) => r.cells.map(unguardFormula));
    expect(rows.map((cells) => [...cells, ...Array<string>(csv[0]!.length - cells.length).fill('')])).toEqual(csv);
    // No apostrophe: an inline string is text to Excel. 𠮷 and 〜, which CP932 lacks, are kept (a workbook is Unicode).
    expect(rows[2]!.slice(0, 2)).toEqual(['=HYPERLINK("http://evil.example")', '𠮷〜']);
    expect(rows[2]![17]).toBe('-1+1');
    expect([rows[4]![0], rows[4]![1], rows[4]![17]]).toEqual(['髙橋', '①子', '000123']);
    const logged = (await sql<{ after: unknown }>`select after from audit_log where action = 'people.exported' order by audit_id desc limit 2`.execute(t.db.kysely)).rows[1]!.after;
    expect(typeof logged === 'string' ? JSON.parse(logged) : logged).toMatchObject({ count: 4, format: 'xlsx' });
  });

  it('gives a file that an import maps by itself, and reads without one invalid row', async () => {
    const file = (await download(owner, '?encoding=cp932')).rawPayload;
    const up = await owner.request('POST', '/api/imports?entity=person&fileName=export.csv', file, { 'content-type': 'text/csv' });
    expect(up.status).toBe(201);
    expect(up.body.encoding).toBe('cp932');
    expect(up.body.columns.map((c: { field: string | null }) => c.field)).toEqual([
      'familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'email', 'phone', 'mobile', 'postalCode', 'prefecture', 'city', 'addressLine',
      'building', 'companyName', 'department', 'jobTitle', 'birthday', 'gender', 'memberNumber', 'tags', 'lifecycleStage', null, null, `custom:${fieldId}`,
    ]);
  });
});
