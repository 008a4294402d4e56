// 異体字 (kanji variants) folded by searchKey so that a search for 高橋 finds 髙橋 and a duplicate check
// sees 斎藤/齋藤 as one name. NFKC already folds the CJK *compatibility* ideographs that have a canonical
// decomposition (e.g. U+FA19 神 → 神), but not the characters below: most are separate code points in
// Unicode (髙 U+9AD9 is not a compatibility form of 高), and a few (﨑 U+FA11, 𠮷 U+20BB7) are "unified"
// compatibility ideographs that NFKC deliberately leaves alone.
//
// The table is deliberately small: the variants that turn up in family names and company names often
// enough that a shop owner would call a miss a bug. It folds the old or variant form onto the form a
// Japanese IME offers first. Folding is one way (variant → common form) and only inside keys: stored
// names keep the exact character the customer writes their name with.
//
// Two entries merge characters that are distinct in official registries but confused every day in
// practice (斉/斎, 冨/富); a search key is for finding, and dedup never relies on the name alone.
export const KANJI_VARIANTS: Readonly<Record<string, string>> = {
  髙: '高', // はしご高: 髙橋, 髙島屋
  﨑: '崎', // たつさき (U+FA11): 山﨑
  嵜: '崎', // 宮嵜
  碕: '崎', // 川碕
  齋: '斎', // 齋藤
  齊: '斎', // 齊藤
  斉: '斎', // 斉藤 ↔ 斎藤: different in the 戸籍, the same to anyone searching
  邉: '辺', // 渡邉
  邊: '辺', // 渡邊
  濵: '浜', // 濵田
  濱: '浜', // 濱田
  𠮷: '吉', // つちよし (U+20BB7, outside the BMP): 𠮷野家, 𠮷田
  德: '徳', // 德川
  澤: '沢', // 小澤
  嶋: '島', // 中嶋
  嶌: '島', // 大嶌
  廣: '広', // 廣瀬
  國: '国', // 國分
  櫻: '桜', // 櫻井
  關: '関', // 關口
  瀨: '瀬', // 瀨戸
  槇: '槙', // 槇原 (both are common; fold to the one IMEs list first)
  冨: '富', // 冨田 ↔ 富田
  栁: '柳', // 栁田
  眞: '真', // 眞鍋
  惠: '恵', // 惠子
  萬: '万', // 萬屋
  龜: '亀', // 龜井
  曻: '昇', // 曻 in given names (曻平)
};

// Code points, so that astral characters such as 𠮷 (two UTF-16 units) are matched whole.
const VARIANT_RE = new RegExp(`[${Object.keys(KANJI_VARIANTS).join('')}]`, 'gu');

export function foldKanjiVariants(s: string): string {
  return s.replace(VARIANT_RE, (c) => KANJI_VARIANTS[c] ?? c);
}
