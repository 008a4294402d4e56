import { describe, expect, it } from 'vitest';
import { compactDigits, isFurigana, kanaKey, searchBigrams, searchKey, toHiragana, toKatakana } from './text.ts';
import { KANJI_VARIANTS, foldKanjiVariants } from './variants.ts';

describe('searchKey: exact keys', () => {
  it.each([
    // width and case
    ['ﾀｶﾊｼ', 'たかはし'],
    ['タカハシ', 'たかはし'],
    ['たかはし', 'たかはし'],
    ['ｶﾞｯｺｳ', 'がっこう'], // half-width voiced mark composes
    ['ﾊﾟﾝ', 'ぱん'],
    ['Ｈａｎａｋｏ', 'hanako'],
    ['ＡＢＣ１２３', 'abc123'],
    ['HANAKO', 'hanako'],
    // whitespace of every width and the middle dot are separators, removed
    ['山田　花子', '山田花子'],
    ['山田 花子', '山田花子'],
    [' \t山田\n花子\u3000', '山田花子'],
    ['ジョン・スミス', 'じょんすみす'],
    ['ｼﾞｮﾝ･ｽﾐｽ', 'じょんすみす'],
    // invisible characters
    ['山\u200B田', '山田'],
    ['\uFEFF山田', '山田'],
    ['葛\u{E0100}飾', '葛飾'], // ideographic variation sequence
    // kanji variants (variants.ts)
    ['髙橋', '高橋'],
    ['山﨑', '山崎'],
    ['宮嵜', '宮崎'],
    ['齋藤', '斎藤'],
    ['齊藤', '斎藤'],
    ['渡邉', '渡辺'],
    ['渡邊', '渡辺'],
    ['濵田', '浜田'],
    ['𠮷田', '吉田'],
    ['德川', '徳川'],
    ['\uF9DC', '\u9686'], // a compatibility ideograph: NFKC folds it, the table is not needed
    // long vowel mark and dashes
    ['コーヒー', 'こーひー'], // ー kept, not turned into a vowel
    ['ｺｰﾋｰ', 'こーひー'],
    ['ｶ-ﾄﾞ', 'かーど'], // ASCII hyphen between kana: a long vowel
    ['カ－ド', 'かーど'], // full-width hyphen-minus
    ['カ‐ド', 'かーど'], // U+2010 hyphen
    ['ボ－ル', 'ぼーる'],
    ['ｽｰﾊﾟｰ-', 'すーぱーー'], // a dash after kana at the end is a long vowel too
    ['03ー1234', '03-1234'], // ー after a digit: the IME's hyphen
    ['1−2−3', '1-2-3'], // minus sign
    ['東京—大阪', '東京-大阪'], // em dash after kanji
    ['〜', '~'],
    ['～', '~'],
    // iteration marks
    ['佐々木', '佐佐木'],
    ['時々', '時時'],
    ['々', '々'], // nothing to repeat
    ['いすゞ', 'いすず'],
    ['みすゞ', 'みすず'],
    ['イスヾ', 'いすず'], // katakana iteration mark, folded to hiragana first
    ['こゝろ', 'こころ'],
    // a spacing voiced mark typed after a kana
    ['か゛', 'が'],
    ['は゜', 'ぱ'],
    // kana without a hiragana twin
    ['ヴァイオリン', 'ゔぁいおりん'],
    ['ヵヶ', 'ゕゖ'],
    // NFKC: search keys only
    ['㈱', '(株)'],
    ['①', '1'],
    ['', ''],
  ])('%s → %s', (input, key) => {
    expect(searchKey(input)).toBe(key);
  });
});

describe('searchKey: what must match and what must not', () => {
  it.each([
    [['髙橋', '高橋', '髙 橋', '高　橋']],
    [['ﾀｶﾊｼ', 'タカハシ', 'たかはし', 'ﾀｶ ﾊｼ', 'タカ・ハシ']],
    [['山崎', '山﨑', '山嵜', '山碕']],
    [['斎藤', '齋藤', '齊藤', '斉藤']],
    [['渡辺', '渡邉', '渡邊']],
    [['浜田', '濵田', '濱田']],
    [['吉田', '𠮷田']],
    [['佐々木', '佐佐木']],
    [['いすゞ', 'いすず', 'イスズ', 'ｲｽｽﾞ']],
    [['hanako yamada', 'Hanako Yamada', 'ＨＡＮＡＫＯ　ＹＡＭＡＤＡ']],
  ])('%j share one key', (forms) => {
    const keys = new Set(forms.map(searchKey));
    expect([...keys]).toHaveLength(1);
  });

  it.each([
    ['おおの', 'おーの'], // 大野 spelled two ways: the customer's spelling decides
    ['きや', 'きゃ'], // small kana are different sounds
    ['はし', 'はじ'], // voiced marks are not folded
    ['ばいおりん', 'ゔぁいおりん'], // ヴ is not folded onto ば
    ['高橋', '高梁'],
  ])('%s and %s stay apart', (a, b) => {
    expect(searchKey(a)).not.toBe(searchKey(b));
  });

  it('finds a half-width katakana fragment inside a stored full-width name', () => {
    expect(searchKey('タカハシ　ハナコ').includes(searchKey('ﾊﾅｺ'))).toBe(true);
    expect(searchKey('髙橋花子').includes(searchKey('高橋'))).toBe(true);
  });

  it('is idempotent', () => {
    for (const s of ['ｶﾞｯｺｳ', '髙橋　ﾊﾅｺ', '佐々木', 'いすゞ', 'か゛', 'ｶ-ﾄﾞ', '03ー1234', '㈱さくら']) {
      expect(searchKey(searchKey(s))).toBe(searchKey(s));
    }
  });
});

describe('variant table', () => {
  it('maps every variant to a different, single character that is not itself a variant', () => {
    for (const [from, to] of Object.entries(KANJI_VARIANTS)) {
      expect([...from]).toHaveLength(1);
      expect([...to]).toHaveLength(1);
      expect(to).not.toBe(from);
      expect(KANJI_VARIANTS[to]).toBeUndefined();
    }
  });

  it('folds astral characters whole', () => {
    expect(foldKanjiVariants('𠮷野家')).toBe('吉野家');
    expect(foldKanjiVariants('𠮷野家')).toHaveLength(3);
  });
});

describe('kanaKey', () => {
  it.each([
    ['ﾔﾏﾀﾞ ﾊﾅｺ', 'やまだはなこ'],
    ['ヤマダ　ハナコ', 'やまだはなこ'],
    ['やまだ はなこ', 'やまだはなこ'],
    ['ヤマダ・ハナコ', 'やまだはなこ'],
    ['ｽﾐｽ･ｼﾞｮﾝ', 'すみすじょん'],
    ['ｵｰﾉ', 'おーの'],
    ['', ''],
  ])('%s → %s', (input, key) => {
    expect(kanaKey(input)).toBe(key);
  });

  it('ｶﾀｶﾅ, カタカナ and かたかな are one key', () => {
    expect(new Set(['ｶﾀｶﾅ', 'カタカナ', 'かたかな', 'ｶﾀ ｶﾅ'].map(kanaKey)).size).toBe(1);
  });

  it('sorts in あいうえお order with voiced kana beside the plain ones', () => {
    const sorted = ['ハナ', 'ｱｷ', 'バナ', 'あお', 'パン', 'ひろ', 'カイ'].map(kanaKey).sort();
    expect(sorted).toEqual(['あお', 'あき', 'かい', 'はな', 'ばな', 'ぱん', 'ひろ']);
  });
});

describe('toHiragana / toKatakana', () => {
  it.each([
    ['ヤマダ', 'やまだ', 'ヤマダ'],
    ['ﾔﾏﾀﾞ', 'やまだ', 'ヤマダ'],
    ['やまだ', 'やまだ', 'ヤマダ'],
    ['山田 ﾀﾛｳ', '山田 たろう', '山田 タロウ'],
    ['ABC１２３', 'ABC１２３', 'ABC１２３'], // nothing but kana is touched: safe for stored furigana
    ['ヷ', 'ヷ', 'ヷ'],
  ])('%s → %s / %s', (input, hira, kata) => {
    expect(toHiragana(input)).toBe(hira);
    expect(toKatakana(input)).toBe(kata);
  });
});

describe('isFurigana', () => {
  it.each([
    ['ヤマダ ハナコ', true],
    ['ﾔﾏﾀﾞ ﾊﾅｺ', true],
    ['やまだ　はなこ', true],
    ['ｽﾐｽ･ｼﾞｮﾝ', true],
    ['オーノ', true],
    ['か゛', true],
    ['', true],
    ['山田', false],
    ['yamada', false],
    ['ヤマダ1', false],
  ])('%s → %s', (input, ok) => {
    expect(isFurigana(input)).toBe(ok);
  });
});

describe('compactDigits', () => {
  it.each([
    ['１５０－００４１', '1500041'],
    ['150ー0041', '1500041'],
    ['150 0041', '1500041'],
    ['150‐0041', '1500041'],
    ['03 (1234) 5678', '03(1234)5678'], // only whitespace and dashes go; callers check what remains
  ])('%s → %s', (input, digits) => {
    expect(compactDigits(input)).toBe(digits);
  });
});

describe('searchBigrams', () => {
  it.each([
    ['two kanji', '田中', ['田中']],
    ['a name and its kana, not across the space', '田中花子 たなかはなこ', ['田中', '中花', '花子', 'たな', 'なか', 'かは', 'はな', 'なこ']],
    ['a repeated pair once', 'ななな', ['なな']],
    ['ASCII (email, digits) left out and breaking runs', '山本 yamamoto@example.jp 09012345678 株式会社a店b', ['山本', '株式', '式会', '会社']],
    ['a single Japanese character between ASCII gives nothing', 'a店b', []],
    ['an empty key', '', []],
    ['characters outside the BMP stay whole', '𠮷野家', ['𠮷野', '野家']],
  ])('%s', (_name, key, pairs) => {
    expect(searchBigrams(key).sort()).toEqual([...pairs].sort());
  });
});
