import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compoundFile, workbook, zip, type Entries } from '../../../../tests/fixtures/imports/xlsx-build.ts';
import { excelLikeEntries } from '../../../../tests/fixtures/imports/excel-like.ts';
import { XlsxProblem } from './problem.ts';
import { openXlsx, readXlsx, xlsxSheets, type ByteSource, type XlsxOptions } from './xlsx-reader.ts';
import { xlsxFileBytes } from './xlsx-writer.ts';
import { zipEntries } from './zip-reader.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/imports/${name}`, import.meta.url));

/** A file in memory, counting the bytes read, as the database-backed source will serve them. */
function bytes(file: Uint8Array): ByteSource & { bytesRead: number } {
  const source = {
    size: file.length,
    bytesRead: 0,
    read: async (offset: number, length: number) => { source.bytesRead += length; return file.subarray(offset, offset + length); },
  };
  return source;
}

async function rows(file: Uint8Array, opts: XlsxOptions = {}) {
  const out = [];
  for await (const r of readXlsx(bytes(file), opts)) out.push(r);
  return out;
}

const book = (sheetRows: string, more: Partial<Parameters<typeof workbook>[0]> = {}) => zip(workbook({ sheets: [{ name: 'Sheet1', rows: sheetRows }], ...more }));

describe('readXlsx on a workbook as Japanese Excel saves it', () => {
  const file = fixture('shop-members.xlsx');

  it('reads the first sheet as text, as Excel shows it, with true row numbers', async () => {
    expect(await rows(file)).toEqual([
      // The merged title sits in its top-left cell; the merged cells to its right are empty.
      { line: 1, cells: ['会員名簿（2024年度）'] },
      // Column G is empty in every row: it stays in place as ''.
      { line: 2, cells: ['会員番号', '氏名', '電話番号', '入会日', '生年月日', '購入金額', '', '備考', '最終来店'] },
      // A member number typed as a number; furigana (rPh) left out; a phone typed as text keeps its 0; date (14);
      // 和暦 custom format; a formula's cached value; rich text runs joined; date and time (22).
      { line: 3, cells: ['1234567890123', '髙橋 一郎', '09012345678', '2024-01-01', '1990-01-01', '12345.6', '', '重要顧客', '2024-01-01 18:00'] },
      // Row 4 is missing and row 5 holds only formatted empty cells: neither is a row, and the lines stay true.
      // A formula's text result; 年月日 built-in format (31); a boolean; 0.1+0.2; a CR written as _x000D_; an error.
      { line: 6, cells: ['20000001', '㈱大福商事', '03-1234-5678', '2024-02-29', 'TRUE', '0.3', '', '一行目\r\n二行目', '#N/A'] },
      // A phone typed as a number has lost its 0 in Excel already; spaces kept; h:mm; yyyy/m/d; text that looks like a formula.
      { line: 7, cells: ['9012345678', '  前後に空白  ', 'ﾊﾝｶｸ ｶﾅ', '12:00', '2023-01-01', '-1234.5', '', '=1+2'] },
    ]);
  });

  it('lists the worksheets in tab order, hidden ones too, and reads one by name or place', async () => {
    expect(await xlsxSheets(bytes(file))).toEqual(['会員名簿', '集計', 'メモ']);
    expect(await rows(file, { sheet: 'メモ' })).toEqual([{ line: 1, cells: ['備考', '一行目\r\n二行目'] }]);
    expect(await rows(file, { sheet: 1 })).toEqual([{ line: 1, cells: ['1'] }]);
  });

  it('reads it whatever the order of its zip entries', async () => {
    const reordered: Entries = [...excelLikeEntries()].reverse();
    expect(await rows(zip(reordered))).toEqual(await rows(file));
  });

  it('reads it from stored (uncompressed) entries and through Zip64 records alike', async () => {
    const expected = await rows(file);
    expect(await rows(zip(excelLikeEntries(), { store: true }))).toEqual(expected);
    expect(await rows(zip(excelLikeEntries(), { zip64: true }))).toEqual(expected);
  });
});

describe('readXlsx on a workbook openpyxl wrote', () => {
  it('reads inline strings, 1904-based dates and a formula with no cached value', async () => {
    const file = fixture('openpyxl-made.xlsx');
    expect(await xlsxSheets(bytes(file))).toEqual(['顧客', '空のシート']);
    expect(await rows(file)).toEqual([
      { line: 1, cells: ['氏名', '郵便番号', '登録日時', '誕生日', '来店回数', '会員', '合計'] },
      { line: 2, cells: ['山田 花子', '0600001', '2024-04-01 09:30', '1985-12-24', '12', 'TRUE'] },
      { line: 3, cells: ['Smith, John "Jack"', '1000001', '', '', '3.25', 'FALSE'] },
    ]);
    expect(await rows(file, { sheet: '空のシート' })).toEqual([]);
  });
});

describe('readXlsx cell by cell', () => {
  it.each([
    ['an inline string with furigana and a run', '<c r="A1" t="inlineStr"><is><r><t>大福</t></r><r><t>帳</t></r><rPh sb="0" eb="3"><t>ダイフクチョウ</t></rPh></is></c>', ['大福帳']],
    ['character and entity references', '<c r="A1" t="inlineStr"><is><t>&#x9AD9;&amp;&lt;&quot;</t></is></c>', ['髙&<"']],
    ['CDATA', '<c r="A1" t="inlineStr"><is><t><![CDATA[<b>&]]></t></is></c>', ['<b>&']],
    ['cells without references, one after another', '<c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c>', ['a', '2']],
    ['a gap before the first cell', '<c r="C1"><v>3</v></c>', ['', '', '3']],
    ['lower-case references and columns past Z', '<c r="ab1"><v>1</v></c>', [...Array<string>(27).fill(''), '1']],
    ['an ISO date cell (t="d")', '<c r="A1" t="d"><v>2024-03-31T00:00:00</v></c><c r="B1" t="d"><v>2024-03-31T09:05:00</v></c>', ['2024-03-31', '2024-03-31 09:05']],
    ['a formula never computed', '<c r="A1"><f>B1*2</f></c><c r="B1"><v>2</v></c>', ['', '2']],
    ['a shared string index with no value', '<c r="A1" t="s"/><c r="B1" t="s"><v>0</v></c>', ['', '共有']],
    ['an empty string ending the row', '<c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t></t></is></c>', ['1']],
  ])('%s', async (_, cells, expected) => {
    expect(await rows(book(`<row r="1">${cells}</row>`, { strings: ['<t>共有</t>'] }))).toEqual([{ line: 1, cells: expected }]);
  });

  it('numbers rows that have no r after the row before', async () => {
    const r = await rows(book('<row r="3"><c><v>1</v></c></row><row><c><v>2</v></c></row>'));
    expect(r).toEqual([{ line: 3, cells: ['1'] }, { line: 4, cells: ['2'] }]);
  });

  it('reads dates by the workbook\'s cell styles, built-in and custom, and in the 1904 system', async () => {
    const cells = '<c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45292</v></c><c r="C1" s="3"><v>45292</v></c><c r="D1"><v>45292</v></c>';
    const styled = { formats: [0, 14, 176, 177], codes: { 176: '[$-411]ge.m.d', 177: '#,##0' } };
    // A number format that is not a date changes nothing: the import wants the number, not 45,292.
    expect(await rows(book(`<row r="1">${cells}</row>`, styled))).toEqual([{ line: 1, cells: ['2024-01-01', '2024-01-01', '45292', '45292'] }]);
    expect(await rows(book(`<row r="1">${cells}</row>`, { ...styled, date1904: true }))).toEqual([{ line: 1, cells: ['2028-01-02', '2028-01-02', '45292', '45292'] }]);
  });

  it('takes the first sheet that is not hidden by default', async () => {
    const file = zip(workbook({ sheets: [{ name: '隠し', hidden: true, rows: '<row r="1"><c><v>1</v></c></row>' }, { name: '名簿', rows: '<row r="1"><c><v>2</v></c></row>' }] }));
    const opened = await openXlsx(bytes(file));
    expect({ sheet: opened.sheet, sheets: opened.sheets }).toEqual({ sheet: '名簿', sheets: ['隠し', '名簿'] });
    expect(await rows(file)).toEqual([{ line: 1, cells: ['2'] }]);
  });

  it.each([['deflated', false], ['stored', true]])('stops reading a %s sheet when the caller stops reading rows', async (_, store) => {
    // Random text, so that the deflated sheet is about as large as the stored one, over 5 MiB.
    const many = Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>${randomBytes(48).toString('base64')}</t></is></c></row>`).join('');
    const file = zip(workbook({ sheets: [{ name: 'Sheet1', rows: many }] }), { store });
    const source = bytes(file);
    for await (const r of readXlsx(source)) { expect(r.line).toBe(1); break; }
    expect(file.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(source.bytesRead).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('readXlsx refuses what is not a workbook it can read', () => {
  const good = fixture('shop-members.xlsx');
  const corrupt = Buffer.from(good);
  const inSheet = good.indexOf('xl/worksheets/sheet1.xml') + 40; // inside the sheet's deflated data
  corrupt.writeUInt8(corrupt.readUInt8(inSheet) ^ 0xff, inSheet);

  it.each([
    ['random bytes', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)), 'xlsx_broken'],
    ['an empty file', Buffer.alloc(0), 'xlsx_broken'],
    ['a zip cut short', good.subarray(0, good.length - 100), 'xlsx_broken'],
    ['a zip with damaged data', corrupt, 'xlsx_broken'],
    ['a zip with no workbook in it', zip([['word/document.xml', '<w:document/>']]), 'xlsx_broken'],
    ['a sheet of malformed XML', book('<row r="1"><c><v>1</c></row>'), 'xlsx_broken'],
    ['a shared string that is not in the table', book('<row r="1"><c t="s"><v>5</v></c></row>'), 'xlsx_broken'],
    ['a cell past column XFD', book('<row r="1"><c r="XFE1"><v>1</v></c></row>'), 'xlsx_broken'],
    ['a workbook saved with a password', compoundFile(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage', 'Version']), 'xlsx_encrypted'],
    ['a compound file whose directory cannot be read', Buffer.concat([compoundFile([]).subarray(0, 8), Buffer.alloc(100)]), 'xlsx_encrypted'],
    ['an Excel 97–2003 workbook (.xls)', compoundFile(['Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation']), 'xls_legacy'],
  ])('%s', async (_, file, code) => {
    const err = await rows(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxProblem);
    expect(err).toMatchObject({ code });
  });

  it.each([['a name', 'なし'], ['a place', 3]])('a sheet asked for by %s that is not there', async (_, sheet) => {
    await expect(rows(good, { sheet })).rejects.toMatchObject({ code: 'xlsx_no_sheet' });
  });
});

describe('readXlsx memory', () => {
  it('reads a 200,000-row sheet holding a few rows, not the sheet, in the heap', async () => {
    // Heap figures mean something only right after a collection; --expose-gc can be turned on at run time.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const ROWS = 200_000;
    async function* pages() {
      yield [['会員番号', '氏名', '電話番号', 'メールアドレス', '住所']];
      for (let p = 0; p < ROWS; p += 1000) {
        yield Array.from({ length: 1000 }, (_, k) => {
          const i = p + k;
          return [`M${String(i).padStart(7, '0')}`, `山田 太郎${i}`, `090${String(i).padStart(8, '0')}`, `taro${i}@example.jp`, `東京都渋谷区神南${i}-2-3 大福ビル${i % 50}F`];
        });
      }
    }
    const parts: Buffer[] = [];
    for await (const b of xlsxFileBytes('名簿', pages())) parts.push(b);
    const file = Buffer.concat(parts); // outside the V8 heap, as a file in the database is
    parts.length = 0;
    const source = bytes(file);
    const sheetSize = (await zipEntries(source)).get('xl/worksheets/sheet1.xml')!.size;

    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    let last: unknown;
    for await (const row of readXlsx(source)) {
      count += 1;
      last = row;
      if (count % 20_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
    }
    expect(count).toBe(ROWS + 1);
    expect(last).toEqual({ line: ROWS + 1, cells: ['M0199999', '山田 太郎199999', '09000199999', 'taro199999@example.jp', '東京都渋谷区神南199999-2-3 大福ビル49F'] });
    // The sheet's XML is some 80 MB and its rows as strings more still; reading holds a chunk and a row.
    expect(sheetSize).toBeGreaterThan(60 * 1024 * 1024);
    expect(peak).toBeLessThan(sheetSize / 8);
  });
});
