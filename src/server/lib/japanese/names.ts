// How a person's name is shown. The rules, kept deliberately simple:
//  - A name written in Japanese script (any kanji or kana in either part) is always family name first,
//    in both locales: 山田 花子 is never "花子 山田", not even on an English page, and a katakana name is
//    stored as 姓・名 too (スミス ジョン), as Japanese business systems and 宛名 do.
//    The two parts are separated by a full-width space (U+3000), the convention of 名簿 and 宛名: it keeps
//    the boundary visible (a 2+1 name and a 1+2 name of three kanji read differently), where a half-width
//    space between kanji is easy to miss.
//  - A romanised name (Latin script only) is given name first with an ASCII space in 'en'
//    (Hanako Yamada) and family name first in 'ja' (Yamada Hanako), as Japanese pages print romanised
//    Japanese names since the government's 2020 guidance.
//  - A missing part leaves the other alone, trimmed; no parts gives ''.
// Furigana use the same function: displayName({ familyName: familyKana, givenName: givenKana }).

export type PersonName = { familyName?: string | null; givenName?: string | null };
export type NameLocale = 'ja' | 'en';

const JAPANESE_SCRIPT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]/u;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
}

export function displayName(name: PersonName, locale: NameLocale = 'ja'): string {
  const family = clean(name.familyName);
  const given = clean(name.givenName);
  if (family === '' || given === '') return family || given;
  if (JAPANESE_SCRIPT_RE.test(family + given)) return `${family}\u3000${given}`;
  return locale === 'en' ? `${given} ${family}` : `${family} ${given}`;
}

/**
 * A full name from one cell, as 名簿 write it: family name, a space (full- or half-width), given name.
 * Without a space the name cannot be cut safely (山田太郎 is 山田|太郎, 長谷川一 is 長谷川|一), so it all
 * stays the family name and `split` says so; the import's preview counts those rows.
 */
export function splitFullName(full: string): { familyName: string; givenName: string | null; split: boolean } {
  const s = clean(full);
  const gap = /[\s\u3000]+/u.exec(s);
  if (!gap) return { familyName: s, givenName: null, split: false };
  return { familyName: s.slice(0, gap.index), givenName: s.slice(gap.index + gap[0].length), split: true };
}
