import { describe, expect, it } from 'vitest';
import { readXlsx, xlsxSheets } from './xlsx-reader.ts';
import { xlsxFileBytes } from './xlsx-writer.ts';
import { entryBytes, zipEntries, type ByteSource } from './zip-reader.ts';

async function* batches(rows: string[][], size = 2) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function write(rows: string[][], sheetName = '顧客一覧'): Promise<ByteSource> {
  const parts: Buffer[] = [];
  for await (const b of xlsxFileBytes(sheetName, batches(rows))) parts.push(b);
  const file = Buffer.concat(parts);
  return { size: file.length, read: async (offset, length) => file.subarray(offset, offset + length) };
}

async function read(source: ByteSource) {
  const out = [];
  for await (const r of readXlsx(source)) out.push(r);
  return out;
}

async function part(source: ByteSource, name: string): Promise<string> {
  const entry = (await zipEntries(source)).get(name)!;
  const chunks: Buffer[] = [];
  for await (const c of entryBytes(source, entry)) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

describe('xlsxFileBytes', () => {
  it('writes Japanese text that reads back as it was, cell for cell', async () => {
    const rows = [
      ['氏名', 'フリガナ', '電話', '備考'],
      ['髙橋 ①子', 'ﾀｶﾊｼ ｲﾁｺ', '0312345678', '㈱大福 😀 𠮷'],
      ['"引用" \'と\' <タグ> & 記号', '', '09012345678', '二行\n目'],
      ['改行 CRLF\r\n次', ' 前後の空白 ', '007', '_x0041_ はそのまま'],
      ['〜−¥', 'タブ\tも', '1-2', '1.50'],
    ];
    const file = await write(rows);
    expect(await read(file)).toEqual(rows.map((cells, i) => ({ line: i + 1, cells })));
    expect(await xlsxSheets(file)).toEqual(['顧客一覧']);
  });

  it('writes a formula-looking cell as an inline string, never as a formula', async () => {
    const file = await write([['名前'], ['=1+2'], ['=HYPERLINK("http://evil.example","x")'], ['+81 3-1234-5678'], ['@SUM(A1)']]);
    const sheet = await part(file, 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<c r="A2" s="1" t="inlineStr"><is><t>=1+2</t></is></c>');
    expect((await read(file)).map((r) => r.cells[0])).toEqual(['名前', '=1+2', '=HYPERLINK("http://evil.example","x")', '+81 3-1234-5678', '@SUM(A1)']);
  });

  it('formats every cell as text, the header bold and frozen, and the columns wide enough', async () => {
    const file = await write([['会員番号', 'メールアドレス'], ['0001', 'hanako@example.jp']]);
    const sheet = await part(file, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A1" s="2" t="inlineStr">');
    expect(sheet).toContain('<c r="A2" s="1" t="inlineStr">');
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<col min="1" max="1" width="10" customWidth="1"/><col min="2" max="2" width="19" customWidth="1"/>');
    const styles = await part(file, 'xl/styles.xml');
    expect(styles).toMatch(/<cellXfs count="3">.*<xf numFmtId="49"[^>]*\/><xf numFmtId="49" fontId="1"/u);
    expect(styles).toContain('<font><b/>');
  });

  it('drops the characters XML cannot hold and keeps the rest', async () => {
    const file = await write([['a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\ud800i']]);
    expect(await read(file)).toEqual([{ line: 1, cells: ['abcdefghi'] }]);
  });

  it('leaves empty cells out, in place, and a row of them out altogether', async () => {
    const file = await write([['a', '', 'c'], ['', '', ''], ['', 'b']]);
    expect(await read(file)).toEqual([{ line: 1, cells: ['a', '', 'c'] }, { line: 3, cells: ['', 'b'] }]);
    expect(await part(file, 'xl/worksheets/sheet1.xml')).toContain('<row r="2"></row>');
  });

  it('cuts a cell at Excel\'s 32,767 characters, never through a surrogate pair', async () => {
    const long = `${'あ'.repeat(32_766)}😀`;
    const [row] = await read(await write([[long, `${'い'.repeat(40_000)}`]]));
    expect(row!.cells[0]).toBe('あ'.repeat(32_766));
    expect(row!.cells[1]).toHaveLength(32_767);
  });

  it.each([
    ['顧客一覧', '顧客一覧'],
    ['2024/04: [VIP]*?', '2024_04_ _VIP___'],
    ["'引用'", '引用'],
    ['', 'Sheet1'],
    ['とても長いシートの名前はエクセルでは三十一文字までしか付けられません', 'とても長いシートの名前はエクセルでは三十一文字までしか付けられ'],
    [`${'あ'.repeat(30)}😀`, 'あ'.repeat(30)],
    ['A & B <c>', 'A & B <c>'],
  ])('names the sheet %j as Excel allows: %j', async (name, shown) => {
    expect(await xlsxSheets(await write([['x']], name))).toEqual([shown]);
  });

  it('writes a sheet with no rows that still opens', async () => {
    const file = await write([]);
    expect(await read(file)).toEqual([]);
    expect(await part(file, 'xl/worksheets/sheet1.xml')).toContain('<sheetData></sheetData>');
  });

  it('has the parts Excel requires, and no shared strings table', async () => {
    const file = await write([['x']]);
    expect([...(await zipEntries(file)).keys()]).toEqual([
      '[content_types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml',
    ]);
    const types = await part(file, '[content_types].xml');
    for (const name of ['/xl/workbook.xml', '/xl/worksheets/sheet1.xml', '/xl/styles.xml']) expect(types).toContain(`PartName="${name}"`);
  });
});
