import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvError } from './csv.ts';
import { readCsv, TableFileProblem, type CsvFormat } from './reader.ts';

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
