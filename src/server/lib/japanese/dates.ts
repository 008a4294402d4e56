// Dates as Japanese lists write them: 2026/1/1, 2026-01-01, 2026年1月1日, 20260101, full-width digits,
// and 和暦 — S55.4.1, H2.1.8, 昭和55年4月1日, 平成元年, ㍼55… — checked against the era's first and last
// day (平成元年1月7日 was still 昭和64年). Year-first only: 1/2/2026 could be either of two days, and
// two-digit years could be either of two centuries, so both are refused rather than guessed.

export type DateResult = { ok: true; value: string } | { ok: false; code: 'invalid_date' | 'date_outside_era' };

interface Era { names: string[]; first: string; last: string | null; start: number }
const ERAS: Era[] = [
  { names: ['明治', 'M'], first: '1868-01-25', last: '1912-07-29', start: 1868 },
  { names: ['大正', 'T'], first: '1912-07-30', last: '1926-12-24', start: 1912 },
  { names: ['昭和', 'S'], first: '1926-12-25', last: '1989-01-07', start: 1926 },
  { names: ['平成', 'H'], first: '1989-01-08', last: '2019-04-30', start: 1989 },
  { names: ['令和', 'R'], first: '2019-05-01', last: null, start: 2019 },
];
const ERA_BY_NAME = new Map(ERAS.flatMap((e) => e.names.map((n) => [n, e] as const)));

const SEP = String.raw`\s*[/\-.年]\s*`;
const SEP2 = String.raw`\s*[/\-.月]\s*`;
// Excel writes a date cell as text with midnight behind it: 1990/12/24 0:00(:00).
const MIDNIGHT = String.raw`(?:\s+0{1,2}:00(?::00)?)?`;
const WESTERN = new RegExp(String.raw`^(\d{4})${SEP}(\d{1,2})${SEP2}(\d{1,2})\s*日?${MIDNIGHT}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const JAPANESE = new RegExp(String.raw`^(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|\d{1,2})${SEP}(\d{1,2})${SEP2}(\d{1,2})\s*日?${MIDNIGHT}$`, 'i');

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** YYYY-MM-DD for a real calendar day, else null. */
function calendarDay(y: number, m: number, d: number): string | null {
  if (y < 1 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function parseJapaneseDate(input: string): DateResult {
  // NFKC turns full-width digits into ASCII and the era ligatures (㍼, ㋿) into their two kanji.
  const s = input.normalize('NFKC').trim().replace(/[−‐ー－]/gu, '-');
  const western = WESTERN.exec(s) ?? COMPACT.exec(s);
  if (western) {
    const value = calendarDay(Number(western[1]), Number(western[2]), Number(western[3]));
    return value ? { ok: true, value } : { ok: false, code: 'invalid_date' };
  }
  const j = JAPANESE.exec(s);
  if (!j) return { ok: false, code: 'invalid_date' };
  const era = ERA_BY_NAME.get(j[1]!.length === 1 ? j[1]!.toUpperCase() : j[1]!)!;
  const year = j[2] === '元' ? 1 : Number(j[2]);
  if (year < 1) return { ok: false, code: 'invalid_date' };
  const value = calendarDay(era.start + year - 1, Number(j[3]), Number(j[4]));
  if (!value) return { ok: false, code: 'invalid_date' };
  if (value < era.first || (era.last && value > era.last)) return { ok: false, code: 'date_outside_era' };
  return { ok: true, value };
}
