// CSV out, for Excel: cells quoted when they must be, a text cell that Excel would run as a formula
// (= + - @, or a tab or CR first) guarded by a leading apostrophe, and CP932 with the characters Unicode
// spells differently from Shift_JIS mapped to the ones Excel shows the same (〜 → ～, − → －, ¥ → ￥ …);
// what CP932 cannot hold at all (𠮷, emoji) is written as ? by the encoder and reported, never silently.
import iconv from 'iconv-lite';
import type { CsvDelimiter } from './csv.ts';

const FORMULA_START = /^[=+\-@\t\r]/u;

/** A text cell as Excel will show it, not run it (OWASP's CSV injection advice). */
export function guardFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** The text an import should keep from a cell this writer guarded. */
export function unguardFormula(s: string): string {
  return s.length > 1 && s[0] === "'" && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

export type CsvValue = string | number | null | undefined;

export function csvCell(v: CsvValue, delimiter: CsvDelimiter = ','): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = guardFormula(v);
  const quote = s.includes('"') || s.includes(delimiter) || s.includes('\n') || s.includes('\r') || /^\s|\s$/u.test(s);
  return quote ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One row with its CRLF, as Excel writes them. */
export function csvLine(values: CsvValue[], delimiter: CsvDelimiter = ','): string {
  return `${values.map((v) => csvCell(v, delimiter)).join(delimiter)}\r\n`;
}

/** Unicode characters whose Shift_JIS twin is another code point (JIS X 0208 vs. Windows' mapping). */
const CP932_TWINS: Record<string, string> = {
  '\u301c': '\uff5e', // 〜 WAVE DASH → ～
  '\u2212': '\uff0d', // − MINUS SIGN → －
  '\u2014': '\u2015', // — EM DASH → ―
  '\u2016': '\u2225', // ‖ → ∥
  '\u00a2': '\uffe0', // ¢ → ￠
  '\u00a3': '\uffe1', // £ → ￡
  '\u00ac': '\uffe2', // ¬ → ￢
  '\u00a5': '\uffe5', // ¥ → ￥ (0x5C would read back as a backslash)
};
const TWIN_RE = new RegExp(`[${Object.keys(CP932_TWINS).join('')}]`, 'gu');

/** Text as CP932 bytes; `unmappable` lists each character written as ?, once. */
export function encodeCp932(text: string): { bytes: Buffer; unmappable: string[] } {
  const mapped = text.replace(TWIN_RE, (c) => CP932_TWINS[c]!);
  const bytes = iconv.encode(mapped, 'cp932');
  const unmappable = new Set<string>();
  // Only when there are more ? bytes than ? characters did something not fit: then find which.
  let questions = 0;
  for (const b of bytes) if (b === 0x3f) questions += 1;
  if (questions > (mapped.match(/\?/gu)?.length ?? 0)) {
    for (const c of mapped) if (c !== '?' && iconv.encode(c, 'cp932').equals(Buffer.from('?'))) unmappable.add(c);
  }
  return { bytes, unmappable: [...unmappable] };
}

export type CsvEncoding = 'utf-8' | 'cp932';

/** CSV text, as it is made, to the bytes of a file Excel opens: CP932, or UTF-8 behind a BOM. */
export async function* csvFileBytes(encoding: CsvEncoding, text: AsyncIterable<string>): AsyncGenerator<Buffer> {
  if (encoding === 'utf-8') yield Buffer.from([0xef, 0xbb, 0xbf]);
  for await (const s of text) if (s) yield encoding === 'cp932' ? encodeCp932(s).bytes : Buffer.from(s, 'utf8');
}
