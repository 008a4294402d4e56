import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { csvCell, csvFileBytes, csvLine, encodeCp932, guardFormula, unguardFormula } from './csv-writer.ts';

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil")', "'=HYPERLINK(\"http://evil\")"],
    ['+81 90-1234-5678', "'+81 90-1234-5678"],
    ['-100', "'-100"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', "'\r=1"],
    ['山田', '山田'],
    ['a=b', 'a=b'],
    ["'quoted", "'quoted"],
    ['', ''],
  ])('%j → %j, and back', (input, guarded) => {
    expect(guardFormula(input)).toBe(guarded);
    expect(unguardFormula(guardFormula(input))).toBe(input);
  });
});

describe('csvCell / csvLine', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['二行\r\n目', '"二行\r\n目"'],
    [' lead', '" lead"'],
    ['=1+1', "'=1+1"],
    ['=A1,B1', "\"'=A1,B1\""],
    [null, ''],
    [1200, '1200'],
    [-5, '-5'], // a number is not a formula
  ])('%j → %j', (v, cell) => {
    expect(csvCell(v)).toBe(cell);
  });

  it('reads back through our own reader as written (the guard aside)', () => {
    const values = ['山田　太郎', 'a,"b"', '複数\n行', ' 空白 ', '=cmd', '', '髙①㈱ｶﾅ'];
    const [row] = parseCsv(csvLine(values));
    expect(row!.cells.map(unguardFormula)).toEqual(values);
    expect(csvLine(['a', 'b;c'], ';')).toBe('a;"b;c"\r\n');
  });
});

describe('encodeCp932', () => {
  it('writes CP932 that decodes to the same text', () => {
    const text = '髙橋①㈱ｶﾀｶﾅ～－';
    const r = encodeCp932(text);
    expect(iconv.decode(r.bytes, 'cp932')).toBe(text);
    expect(r.unmappable).toEqual([]);
  });

  it('maps the Unicode twins to what Excel shows the same', () => {
    const r = encodeCp932('10〜20 −5 ¥500 —');
    expect(iconv.decode(r.bytes, 'cp932')).toBe('10～20 －5 ￥500 ―');
    expect(r.unmappable).toEqual([]);
  });

  it('reports what CP932 cannot hold, once each, and keeps a real question mark quiet', () => {
    const r = encodeCp932('𠮷田さん? 😀 𠮷野');
    expect(iconv.decode(r.bytes, 'cp932')).toBe('?田さん? ? ?野');
    expect(r.unmappable).toEqual(['𠮷', '😀']);
    expect(encodeCp932('本当?').unmappable).toEqual([]);
  });
});

describe('csvFileBytes', () => {
  async function* parts() { yield '氏名,備考\r\n'; yield ''; yield '髙橋,〜\r\n'; }
  const all = async (g: AsyncIterable<Buffer>) => { const out: Buffer[] = []; for await (const b of g) out.push(b); return Buffer.concat(out); };

  it('writes UTF-8 behind the BOM Excel needs', async () => {
    const bytes = await all(csvFileBytes('utf-8', parts()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('氏名,備考\r\n髙橋,〜\r\n');
  });

  it('writes CP932 without a BOM, with the Unicode twins mapped', async () => {
    expect(iconv.decode(await all(csvFileBytes('cp932', parts())), 'cp932')).toBe('氏名,備考\r\n髙橋,～\r\n');
  });
});
