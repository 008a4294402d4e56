// A cell's stored value as the text an import should see: a date as YYYY-MM-DD (what Excel shows as
// 2024/1/1 or 令和6年1月1日 is a serial day number with a date format), a number without the binary
// floating-point noise Excel hides (0.30000000000000004 → 0.3), and strings with OOXML's _xHHHH_ escapes
// undone. Which formats are dates comes from the number-format code, or from the id for built-in formats.

export type DateKind = 'date' | 'time' | 'elapsed';

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, and the ids Japanese Excel uses for 和暦 and 年月日). */
const BUILT_IN: Record<number, DateKind> = {
  14: 'date', 15: 'date', 16: 'date', 17: 'date', 18: 'time', 19: 'time', 20: 'time', 21: 'time', 22: 'date',
  27: 'date', 28: 'date', 29: 'date', 30: 'date', 31: 'date', 32: 'time', 33: 'time', 34: 'date', 35: 'date', 36: 'date',
  45: 'time', 46: 'elapsed', 47: 'time',
  50: 'date', 51: 'date', 52: 'date', 53: 'date', 54: 'date', 55: 'date', 56: 'date', 57: 'date', 58: 'date',
};

/** What a number format shows a number as; `code` is the format's code when the workbook defines one. */
export function dateKind(numFmtId: number, code: string | undefined): DateKind | null {
  return code === undefined ? BUILT_IN[numFmtId] ?? null : codeKind(code);
}

/**
 * A format code's kind: date parts (y, d, e and g for the Japanese era, m not beside h or s) make a date,
 * hours, minutes and seconds alone a time, [h] an elapsed time. Quoted text ("年"), escapes (\-),
 * brackets ([$-411], [Red], [DBNum1]) and spacing (_) are not parts.
 */
function codeKind(code: string): DateKind | null {
  const plain = code.replace(/"[^"]*"/gu, '').replace(/\\.|_.|\*./gu, '');
  const first = plain.split(';')[0]!;
  const elapsed = /\[(h+|m+|s+)\]/iu.test(first);
  const parts = first.replace(/\[[^\]]*\]/gu, '').toLowerCase().replace(/general|am\/pm|a\/p|e[+-]/gu, '');
  if (/[ydeg]/u.test(parts)) return 'date';
  if (/[hs]/u.test(parts) || elapsed) return elapsed ? 'elapsed' : 'time';
  return /m/u.test(parts) ? 'date' : null;
}

const DAY_MS = 86_400_000;
/** Excel's last day, 9999-12-31 in the 1900 system; it shows #### past it, and before day 0. */
const LAST_SERIAL = 2_958_466;

const pad = (n: number) => String(n).padStart(2, '0');

/** HH:MM, and :SS only when there are seconds, so that nothing the cell holds is lost. */
function clock(hours: number, seconds: number): string {
  const s = seconds % 60;
  return `${pad(hours)}:${pad(Math.floor(seconds / 60) % 60)}${s ? `:${pad(s)}` : ''}`;
}

/**
 * A serial date as text: YYYY-MM-DD, with HH:MM after it when it has a time of day. The 1900 system
 * counts 1900-01-01 as day 1 and, as Lotus 1-2-3 did, has a 29 February 1900 (day 60); the 1904 system
 * (old Macintosh workbooks) counts from 1904-01-01 as day 0. Null when Excel could not show it as a date.
 */
export function serialText(serial: number, kind: DateKind, date1904: boolean): string | null {
  if (!(serial >= 0 && serial < LAST_SERIAL)) return null;
  // Rounded to the second: a time typed as 12:00 is stored as 0.49999999999999994 or the like.
  const total = Math.round(serial * 86_400);
  const days = Math.floor(total / 86_400);
  const seconds = total % 86_400;
  if (kind === 'elapsed') return clock(Math.floor(total / 3600), total % 3600);
  if (kind === 'time') return clock(Math.floor(seconds / 3600), seconds % 3600);
  let date: string;
  if (date1904) date = new Date(Date.UTC(1904, 0, 1) + days * DAY_MS).toISOString().slice(0, 10);
  else if (days === 60) date = '1900-02-29';
  else date = new Date((days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)) + days * DAY_MS).toISOString().slice(0, 10);
  return seconds ? `${date} ${clock(Math.floor(seconds / 3600), seconds % 3600)}` : date;
}

/**
 * A stored number as Excel shows it in General, to its 15 significant digits: 0.1+0.2 is 0.3, a member
 * number 1234567890123 keeps every digit and no exponent (JavaScript writes none below 1e21).
 */
export function numberText(raw: string): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  return String(Number(n.toPrecision(15)));
}

const ESCAPED = /_x([0-9A-Fa-f]{4})_/gu;

/** OOXML writes characters XML cannot hold (and CR, which XML would turn into LF) as _xHHHH_; _x005F_ is "_". */
export function unescapeText(s: string): string {
  return s.includes('_x') ? s.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** The reverse, for the writer: a literal "_x0041_" in a cell must not read back as "A". */
export function escapeText(s: string): string {
  return s.includes('_x') ? s.replace(ESCAPED, '_x005F_x$1_') : s;
}
