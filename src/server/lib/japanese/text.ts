// Japanese text folding for search and duplicate detection. Everything here builds *keys*: strings that
// are compared and indexed, never shown and never stored in place of what the user typed. NFKC in
// particular rewrites characters people mean (㈱ → (株), ① → 1, ｱ → ア), so stored values keep their
// original form and only their keys go through these functions.
//
// Kana fold to hiragana (not katakana) because:
//  - ARCHITECTURE.md fixes the stored search text as "katakana folded to hiragana", and a query must be
//    folded exactly like the text it is matched against;
//  - hiragana has a code point for every katakana the keys need except ヷヸヹヺ (which stay as they are);
//  - the relative order of the letters is identical in both blocks, so sorting by the key sorts あいうえお.
//
// Long vowel ー is kept as written: タカハシ/たかはし must match, but オーノ/オオノ (both written for 大野)
// are different spellings that the customer chose, and a key must not guess which vowel a ー stands for.
// Dashes typed between kana (ｶ-ﾄﾞ from old systems, カ－ド) become ー; a ー typed after anything but kana
// (IME users type 03ー1234 for 03-1234) becomes '-'.
//
// Iteration marks are expanded: 々 and 〻 repeat the kanji before them (佐々木 = 佐佐木), ゝ/ゞ repeat the kana
// before them, voiced for ゞ (いすゞ = いすず, みすゞ = みすず).
import { foldKanjiVariants } from './variants.ts';

/** Invisible characters that break equality: soft hyphen, zero-width space/joiners, word joiner, BOM,
 * and variation selectors (standard FE00–FE0F and the ideographic variation sequences of 葛󠄀, 辻󠄀). */
// eslint-disable-next-line no-misleading-character-class -- lone variation selectors are what it removes
const IGNORABLE_RE = /[\u00AD\u200B-\u200D\u2060\uFE00-\uFE0F\uFEFF\u{E0100}-\u{E01EF}]/gu;

/** Whitespace (\s includes the full-width space U+3000) and middle dots, which separate the parts of a
 * name like a space does (ジョン・スミス). NFKC has already turned half-width ･ into ・. */
const SEPARATOR_RE = /[\s\u30FB\u00B7]/gu;

/** Dash lookalikes, after NFKC (which already maps － U+FF0D and ﹣ U+FE63 to '-', ｰ U+FF70 to ー):
 * hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign,
 * hyphen bullet, and ー (U+30FC, which IME users type as a dash). */
export const DASH_CLASS = '\\-\\u2010-\\u2015\\u2212\\u2043\\u30FC';

/** Kana a long-vowel mark can follow: hiragana, katakana (incl. ー itself and iteration marks). */
const KANA_CLASS = '\\u3041-\\u3096\\u309D\\u309E\\u30A1-\\u30FA\\u30FC-\\u30FE';

const DASH_BETWEEN_KANA_RE = new RegExp(`(?<=[${KANA_CLASS}])[${DASH_CLASS}](?=[${KANA_CLASS}]|$)`, 'gu');
const DASH_RE = new RegExp(`[${DASH_CLASS}]`, 'gu');
const LONE_CHOONPU_RE = new RegExp(`(?<![${KANA_CLASS}])\\u30FC`, 'gu');
const OTHER_DASH_RE = /[\u2010-\u2015\u2212\u2043]/gu;

const KATAKANA_RE = /[\u30A1-\u30F6\u30FD\u30FE]/gu;
const HIRAGANA_RE = /[\u3041-\u3096\u309D\u309E]/gu;
const HALF_WIDTH_KANA_RE = /[\uFF61-\uFF9F]+/gu;
const HAN_RE = /\p{Script=Han}/u;
const HIRAGANA_LETTER_RE = /^[\u3041-\u3096]$/u;
const SHIFT = 0x60; // distance between a katakana and its hiragana: ア U+30A2 − あ U+3042

function shiftChar(c: string, by: number): string {
  return String.fromCodePoint(c.codePointAt(0)! + by);
}

/** Half-width katakana (ｶﾞ) to full-width (ガ) without touching anything else: unlike NFKC on the whole
 * string this is safe for stored values. */
function widenKana(s: string): string {
  return s.replace(HALF_WIDTH_KANA_RE, (m) => m.normalize('NFKC'));
}

/** Katakana (full- or half-width) to hiragana; everything else unchanged. ヷヸヹヺ have no hiragana. */
export function toHiragana(s: string): string {
  return widenKana(s).replace(KATAKANA_RE, (c) => shiftChar(c, -SHIFT));
}

/** Hiragana and half-width katakana to full-width katakana; everything else unchanged. For furigana
 * fields that the business wants shown in katakana (セイ・メイ). */
export function toKatakana(s: string): string {
  return widenKana(s).replace(HIRAGANA_RE, (c) => shiftChar(c, SHIFT));
}

/** Expands 々/〻 after a kanji and ゝ/ゞ after a hiragana letter (the input is already hiragana). */
function expandIterationMarks(s: string): string {
  if (!/[々〻ゝゞ]/u.test(s)) return s;
  let out = '';
  let prev = '';
  for (const c of s) {
    let next = c;
    if ((c === '々' || c === '〻') && HAN_RE.test(prev)) next = prev;
    else if ((c === 'ゝ' || c === 'ゞ') && HIRAGANA_LETTER_RE.test(prev)) {
      const base = prev.normalize('NFD').replace(/[\u3099\u309A]/gu, '');
      next = c === 'ゞ' ? `${base}\u3099`.normalize('NFC') : base;
    }
    out += next;
    prev = next;
  }
  return out;
}

function foldDashes(s: string): string {
  return s.replace(DASH_BETWEEN_KANA_RE, 'ー').replace(LONE_CHOONPU_RE, '-').replace(OTHER_DASH_RE, '-');
}

/** The steps kana and search keys share. NFKC first: it widens half-width kana (composing ｶﾞ into ガ),
 * narrows full-width Latin and digits, and splits a spacing ゛ into a space and a combining mark, which the
 * NFC after removing separators then composes onto the kana before it (か゛ → が). */
function foldKana(s: string): string {
  const compact = s.normalize('NFKC').replace(IGNORABLE_RE, '').replace(SEPARATOR_RE, '').normalize('NFC');
  return expandIterationMarks(foldDashes(toHiragana(compact)));
}

/**
 * The key for search and duplicate detection: NFKC, invisible characters and whitespace (incl. U+3000)
 * and middle dots removed, lower case, common kanji variants folded (髙 → 高, see variants.ts), katakana
 * folded to hiragana, dashes unified, iteration marks expanded, 〜 → ~.
 * Never store the result in place of the original text.
 */
export function searchKey(s: string): string {
  const folded = foldKana(foldKanjiVariants(s.normalize('NFKC')).toLowerCase());
  return folded.replace(/\u301C/gu, '~');
}

/**
 * The key for furigana (sorting and matching): ｶﾀｶﾅ, カタカナ and かたかな all become hiragana; spaces and
 * middle dots are dropped (ヤマダ ハナコ with a full-width space = やまだはなこ); ー is kept. Sorting by this key sorts in あいうえお
 * order with voiced kana beside their plain forms (は, ば, ぱ, ひ).
 */
export function kanaKey(s: string): string {
  return foldKana(s);
}

const FURIGANA_RE = new RegExp(`^[${KANA_CLASS}\\uFF66-\\uFF9F\\uFF70\\u30FB\\uFF65\\s]*$`, 'u');

/** True when s is written in kana only (either script, either width), with long vowels, middle dots and
 * spaces allowed: what a furigana field may hold. The empty string is accepted (an optional field). */
export function isFurigana(s: string): boolean {
  return FURIGANA_RE.test(s.replace(/[\u3099\u309A\u309B\u309C]/gu, ''));
}

/**
 * The two-character pieces of a search key's Japanese text, each once, for the index that finds a
 * two-character fragment (trigrams cannot). ASCII runs (emails, digits) and spaces break the text:
 * a pair is never made across them, and two ASCII characters select too many people to index.
 */
export function searchBigrams(key: string): string[] {
  const pairs = new Set<string>();
  for (const run of key.split(/\p{ASCII}+/u)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  }
  return [...pairs];
}

/** NFKC, then whitespace and every dash lookalike removed: the noise around a code made of digits (phone,
 * postal code, 法人番号) typed with full-width digits and a hyphen from the IME. */
export function compactDigits(s: string): string {
  return s.normalize('NFKC').replace(/\s/gu, '').replace(DASH_RE, '');
}
