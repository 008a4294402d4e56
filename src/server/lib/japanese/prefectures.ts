// The 47 都道府県 in JIS X 0401 order, with their JIS codes ('01'–'47', the first two digits of every
// 全国地方公共団体コード and what the postal dataset returns).
//
// prefectureOf reads what imports and forms actually contain, because a prefecture column arrives in many
// shapes: 東京都 (official), 東京 (people drop the suffix), とうきょう/トウキョウト (a kana column), Tokyo,
// Tokyo-to, Tōkyō, Tokyo Prefecture (English-language shops), JP-13 (ISO 3166-2, what Shopify and other
// e-commerce exports write), 13 or '13' (JIS code). It returns undefined for anything else rather than
// guessing: a wrong prefecture silently fills an address, a missing one is asked for.
import { kanaKey, searchKey } from './text.ts';

export type Prefecture = {
  /** JIS X 0401 code, two digits: '01' 北海道 … '13' 東京都 … '47' 沖縄県 */
  code: string;
  /** Official name with its suffix: 東京都, 京都府, 北海道, 神奈川県 */
  name: string;
  /** Without 都/府/県 (北海道 keeps 道: it is part of the name): 東京, 京都, 北海道, 神奈川 */
  shortName: string;
  /** Reading of the official name in hiragana: とうきょうと */
  kana: string;
  /** Hepburn without macrons, as English-language sites write it: Tokyo, Hyogo, Kochi */
  romaji: string;
};

// [name, reading of the name without its suffix, romaji]
const DATA: ReadonlyArray<readonly [string, string, string]> = [
  ['北海道', 'ほっかいどう', 'Hokkaido'], ['青森県', 'あおもり', 'Aomori'], ['岩手県', 'いわて', 'Iwate'],
  ['宮城県', 'みやぎ', 'Miyagi'], ['秋田県', 'あきた', 'Akita'], ['山形県', 'やまがた', 'Yamagata'],
  ['福島県', 'ふくしま', 'Fukushima'], ['茨城県', 'いばらき', 'Ibaraki'], ['栃木県', 'とちぎ', 'Tochigi'],
  ['群馬県', 'ぐんま', 'Gunma'], ['埼玉県', 'さいたま', 'Saitama'], ['千葉県', 'ちば', 'Chiba'],
  ['東京都', 'とうきょう', 'Tokyo'], ['神奈川県', 'かながわ', 'Kanagawa'], ['新潟県', 'にいがた', 'Niigata'],
  ['富山県', 'とやま', 'Toyama'], ['石川県', 'いしかわ', 'Ishikawa'], ['福井県', 'ふくい', 'Fukui'],
  ['山梨県', 'やまなし', 'Yamanashi'], ['長野県', 'ながの', 'Nagano'], ['岐阜県', 'ぎふ', 'Gifu'],
  ['静岡県', 'しずおか', 'Shizuoka'], ['愛知県', 'あいち', 'Aichi'], ['三重県', 'みえ', 'Mie'],
  ['滋賀県', 'しが', 'Shiga'], ['京都府', 'きょうと', 'Kyoto'], ['大阪府', 'おおさか', 'Osaka'],
  ['兵庫県', 'ひょうご', 'Hyogo'], ['奈良県', 'なら', 'Nara'], ['和歌山県', 'わかやま', 'Wakayama'],
  ['鳥取県', 'とっとり', 'Tottori'], ['島根県', 'しまね', 'Shimane'], ['岡山県', 'おかやま', 'Okayama'],
  ['広島県', 'ひろしま', 'Hiroshima'], ['山口県', 'やまぐち', 'Yamaguchi'], ['徳島県', 'とくしま', 'Tokushima'],
  ['香川県', 'かがわ', 'Kagawa'], ['愛媛県', 'えひめ', 'Ehime'], ['高知県', 'こうち', 'Kochi'],
  ['福岡県', 'ふくおか', 'Fukuoka'], ['佐賀県', 'さが', 'Saga'], ['長崎県', 'ながさき', 'Nagasaki'],
  ['熊本県', 'くまもと', 'Kumamoto'], ['大分県', 'おおいた', 'Oita'], ['宮崎県', 'みやざき', 'Miyazaki'],
  ['鹿児島県', 'かごしま', 'Kagoshima'], ['沖縄県', 'おきなわ', 'Okinawa'],
];

const SUFFIX_KANA: Record<string, string> = { 都: 'と', 府: 'ふ', 県: 'けん' };

export const PREFECTURES: readonly Prefecture[] = DATA.map(([name, reading, romaji], i) => {
  const suffix = name.endsWith('道') ? '' : name.slice(-1);
  return {
    code: String(i + 1).padStart(2, '0'),
    name,
    shortName: suffix === '' ? name : name.slice(0, -1),
    kana: reading + (SUFFIX_KANA[suffix] ?? ''),
    romaji,
  };
});

/** Romaji as written anywhere: lower case, macrons and other accents dropped (Tōkyō, Hyôgo), the
 * suffixes "-to", "-fu", "-ken", "prefecture", "metropolis" dropped, and what separates words removed. */
function romajiKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+(?:to|fu|ken|prefecture|metropolis|metropolitan(?:\s+area)?)$/u, '')
    .replace(/^(?:prefecture|metropolis)\s+of\s+/u, '')
    .replace(/[\s-]/gu, '');
}

const BY_KEY = new Map<string, Prefecture>();
for (const p of PREFECTURES) {
  BY_KEY.set(searchKey(p.name), p);
  BY_KEY.set(searchKey(p.shortName), p);
  BY_KEY.set(kanaKey(p.kana), p);
  BY_KEY.set(kanaKey(p.kana.slice(0, p.kana.length - (SUFFIX_KANA[p.name.slice(-1)]?.length ?? 0))), p);
  BY_KEY.set(romajiKey(p.romaji), p);
}

/** The prefecture for a JIS code, an ISO 3166-2 code, an official or short name, its reading in kana or
 * its romaji (see the top of this file), or undefined. */
export function prefectureOf(input: string | number): Prefecture | undefined {
  const raw = String(input).normalize('NFKC').trim();
  const code = /^(?:jp-?)?(\d{1,2})$/iu.exec(raw)?.[1];
  if (code !== undefined) return PREFECTURES[Number(code) - 1];
  return BY_KEY.get(searchKey(raw)) ?? BY_KEY.get(kanaKey(raw)) ?? BY_KEY.get(romajiKey(raw));
}

/** Splits an address that starts with an official prefecture name (東京都渋谷区神南1-2-3 → 東京都 +
 * 渋谷区神南1-2-3), for imports that put the whole address in one column. Only official names count: a
 * short name at the start is too often a place in another prefecture (福島区 is in 大阪市, 石川郡 in 福島県). */
export function splitPrefecture(address: string): { prefecture: Prefecture; rest: string } | undefined {
  const trimmed = address.replace(/^[\s\u3000]+/u, '');
  const prefecture = PREFECTURES.find((p) => trimmed.startsWith(p.name));
  if (prefecture === undefined) return undefined;
  return { prefecture, rest: trimmed.slice(prefecture.name.length).replace(/^[\s\u3000]+/u, '') };
}
