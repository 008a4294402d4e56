import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvError } from './csv.ts';
import { readCsv, readTable, TableFileProblem, XlsxProblem, type ByteSource, type CsvFormat, type TableChoice, type TableFormat } from './reader.ts';
import { compoundFile, workbook, zip } from '../../../../tests/fixtures/imports/xlsx-build.ts';

async function* chunked(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function read(bytes: Uint8Array, size = 1000, format: Partial<CsvFormat> = {}) {
  let detected: CsvFormat | undefined;
  const rows = [];
  for await (const r of readCsv(chunked(bytes, size), format, (f) => { detected = f; })) rows.push(r);
  return { rows: rows.map((r) => r.cells), lines: rows.map((r) => r.line), detected };
}

const TEXT = '会員番号\tお名前\tﾌﾘｶﾞﾅ\r\nA1\t髙橋　①子\tﾀｶﾊｼ ｲﾁｺ\r\nA2\t"㈱大福\r\n担当"\t\r\n';
const ROWS = [['会員番号', 'お名前', 'ﾌﾘｶﾞﾅ'], ['A1', '髙橋　①子', 'ﾀｶﾊｼ ｲﾁｺ'], ['A2', '㈱大福\r\n担当', '']];

describe('readCsv', () => {
  it.each([
    ['CP932', new Uint8Array(iconv.encode(TEXT, 'cp932')), 'cp932'],
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), 'utf-8'],
  ])('reads %s in chunks of any size, detecting encoding and delimiter', async (_, bytes, encoding) => {
    for (const size of [1, 2, 3, 7, 64, 100_000]) {
      const r = await read(bytes, size);
      expect(r.rows).toEqual(ROWS);
      expect(r.lines).toEqual([1, 2, 3]);
      expect(r.detected).toEqual({ encoding, delimiter: '\t' });
    }
  });

  it('reads past the sniffed head of a large file', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `${i},山田${i},ﾔﾏﾀﾞ\r\n`).join('');
    const r = await read(new Uint8Array(iconv.encode(`id,name,kana\r\n${body}`, 'cp932')), 4096);
    expect(r.rows).toHaveLength(20_001);
    expect(r.rows[20_000]).toEqual(['19999', '山田19999', 'ﾔﾏﾀﾞ']);
    expect(r.lines[20_000]).toBe(20_001);
  });

  it('takes the encoding and delimiter the user chose over detection', async () => {
    const r = await read(new Uint8Array(iconv.encode('a;b\r\nｱ;ｲ\r\n', 'cp932')), 5, { encoding: 'cp932', delimiter: ';' });
    expect(r.rows).toEqual([['a', 'b'], ['ｱ', 'ｲ']]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'file_empty'],
    ['random bytes', new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)), 'file_binary'],
    ['an .xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'file_is_xlsx'],
  ])('refuses %s before reading a row', async (_, bytes, code) => {
    await expect(read(bytes)).rejects.toThrow(TableFileProblem);
    await expect(read(bytes)).rejects.toMatchObject({ code });
  });

  it('reports broken quoting with its line', async () => {
    await expect(read(new TextEncoder().encode('a,b\n1,2\n"3,4\n'), 3)).rejects.toMatchObject({ code: 'csv_unclosed_quote', line: 3 });
    await expect(read(new TextEncoder().encode('a,b\n1,2\n"3,4\n'), 3)).rejects.toBeInstanceOf(CsvError);
  });
});

describe('readTable', () => {
  const source = (file: Uint8Array): ByteSource => ({ size: file.length, read: async (offset, length) => file.subarray(offset, offset + length) });
  async function table(file: Uint8Array, choice: TableChoice = {}) {
    let detected: TableFormat | undefined;
    const rows = [];
    for await (const r of readTable(source(file), choice, (f) => { detected = f; })) rows.push(r);
    return { rows, detected };
  }
  const BOOK = zip(workbook({
    sheets: [{ name: '名簿', rows: '<row r="2"><c r="B2" t="s"><v>0</v></c></row>' }, { name: 'メモ', rows: '<row r="1"><c r="A1"><v>7</v></c></row>' }],
    strings: ['<t>髙橋</t>'],
  }));

  it('reads a CSV, reporting its encoding and delimiter', async () => {
    const r = await table(new Uint8Array(iconv.encode(TEXT, 'cp932')));
    expect(r.rows.map((x) => x.cells)).toEqual(ROWS);
    expect(r.detected).toEqual({ type: 'csv', encoding: 'cp932', delimiter: '\t' });
  });

  it('reads a CSV larger than one read, with the user\'s choice of encoding and delimiter', async () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `${i};ｱｲｳ${i}\r\n`).join('');
    const r = await table(new Uint8Array(iconv.encode(body, 'cp932')), { encoding: 'cp932', delimiter: ';' });
    expect(r.rows).toHaveLength(100_000);
    expect(r.rows[99_999]).toEqual({ line: 100_000, cells: ['99999', 'ｱｲｳ99999'] });
    expect(r.detected).toEqual({ type: 'csv', encoding: 'cp932', delimiter: ';' });
  });

  it('reads an .xlsx, reporting the sheet read and the sheets there are', async () => {
    expect(await table(BOOK)).toEqual({ rows: [{ line: 2, cells: ['', '髙橋'] }], detected: { type: 'xlsx', sheet: '名簿', sheets: ['名簿', 'メモ'] } });
    expect(await table(BOOK, { sheet: 'メモ', encoding: 'cp932' })).toEqual({ rows: [{ line: 1, cells: ['7'] }], detected: { type: 'xlsx', sheet: 'メモ', sheets: ['名簿', 'メモ'] } });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'file_empty'],
    ['a workbook with a password', compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'xlsx_encrypted'],
    ['an .xls', compoundFile(['Workbook']), 'xls_legacy'],
    ['a broken .xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'xlsx_broken'],
  ])('refuses %s', async (_, file, code) => {
    const err = await table(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TableFileProblem);
    expect(err).toMatchObject({ code });
  });

  it('refuses a sheet that is not there, as an XlsxProblem', async () => {
    await expect(table(BOOK, { sheet: 'なし' })).rejects.toBeInstanceOf(XlsxProblem);
  });
});
