import { describe, expect, it } from 'vitest';
import { CsvError, CsvReader, detectDelimiter, parseCsv, type CsvDelimiter } from './csv.ts';

const cells = (text: string, d: CsvDelimiter = ',') => parseCsv(text, d).map((r) => r.cells);

describe('parseCsv', () => {
  it.each([
    ['a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r1,2\r', [['a', 'b'], ['1', '2']]], // lone CR line ends
    ['a,b\n1,2', [['a', 'b'], ['1', '2']]], // no line end at the end
    ['a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]], // empty cells kept
    ['a,b\n\n\r\n1,2\n\n', [['a', 'b'], ['1', '2']]], // blank lines are no rows
    ['"a,b","c""d"\n', [['a,b', 'c"d']]], // delimiter and doubled quote inside quotes
    ['"住所\r\n2行目",x\n', [['住所\r\n2行目', 'x']]], // quoted newline kept as written
    ['"",""\n', [['', '']]],
    ['5"インチ,x\n', [['5"インチ', 'x']]], // a quote inside an unquoted cell is text
    ['山田　太郎,ﾔﾏﾀﾞ ﾀﾛｳ,㈱大福\n', [['山田　太郎', 'ﾔﾏﾀﾞ ﾀﾛｳ', '㈱大福']]],
    ['a,b,\n', [['a', 'b', '']]], // a trailing delimiter makes an empty last cell
    ['', []],
  ])('%j', (text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  it('splits on tab and semicolon when told', () => {
    expect(cells('a\tb,c\n1\t2\n', '\t')).toEqual([['a', 'b,c'], ['1', '2']]);
    expect(cells('a;"b;c"\n', ';')).toEqual([['a', 'b;c']]);
  });

  it('numbers each row by the line it starts on, counting quoted newlines', () => {
    const rows = parseCsv('h1,h2\n"x\ny\nz",1\n\nlast,2\r\n"a\rb",3\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 6, 7]);
  });

  it.each([
    ['a,"open\nb,c\n', 'csv_unclosed_quote', 1],
    ['a,b\nc,"d"e,f\n', 'csv_text_after_quote', 2],
    ['a\n"x\ny" z\n', 'csv_text_after_quote', 2],
    ['a\nb\n"c\n', 'csv_unclosed_quote', 3],
  ])('refuses broken quoting %j, naming the line', (text, code, line) => {
    let error: unknown;
    try { parseCsv(text); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ code, line });
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const text = 'id,"名前",memo\r\n1,"山田 ""太郎""","複数\r\n行"\r\n2,,\r\n\r\n"3",x,"a,b"\r"4",y,z';
    const whole = parseCsv(text);
    expect(whole.map((r) => r.cells)).toEqual([['id', '名前', 'memo'], ['1', '山田 "太郎"', '複数\r\n行'], ['2', '', ''], ['3', 'x', 'a,b'], ['4', 'y', 'z']]);
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length; b += 7) {
        const r = new CsvReader(',');
        const rows = [...r.push(text.slice(0, a)), ...r.push(text.slice(a, b)), ...r.push(text.slice(b)), ...r.end()];
        expect(rows, `cut at ${a} and ${b}`).toEqual(whole);
      }
    }
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['氏名,メール,電話\n山田,a@example.jp,03\n', ','],
    ['氏名\tメール\t電話\n山田\ta@example.jp\t03\n', '\t'],
    ['氏名;メール;電話\n山田;a@example.jp;03\n', ';'],
    ['"会社名, 部署",担当\n"大福, 営業部",山田\n', ','], // commas inside quotes do not count
    ['name;note\nA;"x, y, z"\nB;"p, q"\n', ';'], // commas in the text, semicolons between cells
    ['a\tb\tc,d\n1\t2\t3,4\n', '\t'],
    ['一列だけ\n値\n', ','], // nothing splits: comma
  ])('%j → %j', (sample, d) => {
    expect(detectDelimiter(sample)).toBe(d);
  });
});
