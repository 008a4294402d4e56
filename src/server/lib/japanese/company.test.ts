import { describe, expect, it } from 'vitest';
import { companyKey } from './company.ts';

describe('companyKey', () => {
  it.each([
    // one company, every way its legal form is written, in front (前株) and behind (後株)
    [
      'さくら商事',
      [
        '株式会社さくら商事',
        '株式会社 さくら商事',
        '株式会社　さくら商事',
        '(株)さくら商事',
        '（株）さくら商事',
        '( 株 )さくら商事',
        '㈱ さくら商事',
        '㈱さくら商事',
        'さくら商事株式会社',
        'さくら商事(株)',
        'さくら商事㈱',
        'さくら商事 株式会社',
        'サクラ商事株式会社', // katakana/hiragana fold too
        'ｻｸﾗ商事㈱',
        'さくら商事Co.,Ltd.',
        'さくら商事 Co., Ltd.',
        'さくら商事',
      ],
    ],
    ['まるや', ['有限会社まるや', '(有)まるや', '㈲まるや', '（有）まるや', 'まるや有限会社']],
    ['みどりらぼ', ['合同会社みどりラボ', '(同)みどりラボ', 'みどりラボ合同会社', 'みどりラボ G.K.', 'みどりラボ LLC']],
    ['日本ほげ協会', ['一般社団法人日本ほげ協会', '(一社)日本ほげ協会', '一般社団法人　日本ほげ協会', '社団法人日本ほげ協会', '㈳日本ほげ協会']],
    ['さくら会', ['医療法人社団さくら会', '医療法人さくら会', '(医)さくら会', '医療法人財団 さくら会']],
    ['さくら学園', ['学校法人さくら学園', '(学)さくら学園', '㈻さくら学園']],
    ['ひまわり会', ['社会福祉法人ひまわり会', '(福)ひまわり会', '(社福)ひまわり会']],
    ['はなまち', ['特定非営利活動法人はなまち', 'NPO法人はなまち', 'ＮＰＯ法人はなまち', '(特非)はなまち']],
    ['sakurashoji', [
      'Sakura Shoji Co., Ltd.',
      'Sakura Shoji Co.,Ltd.',
      'SAKURA SHOJI CO., LTD.',
      'Sakura Shoji K.K.',
      'Sakura Shoji KK',
      'Sakura Shoji Inc.',
      'Sakura Shoji, Inc.',
      'Sakura Shoji Corporation',
      'Sakura Shoji Corp.',
      'Sakura Shoji Ltd',
      'Sakura Shoji Limited',
      'Sakura Shoji Kabushiki Kaisha',
      'Ｓａｋｕｒａ　Ｓｈｏｊｉ　Ｃｏ．，Ｌｔｄ．',
      'sakurashoji',
    ]],
  ])('%s', (key, forms) => {
    for (const form of forms) expect([form, companyKey(form)]).toEqual([form, key]);
  });

  it.each([
    ['髙島屋', '高島屋'], // kanji variants via searchKey
    ['株式会社髙島屋', '高島屋'],
    ['株式会社', '株式会社'], // nothing but a legal form: kept, so the key is never empty
    ['㈱', '(株)'],
    ['Inca Trading Inc.', 'incatrading'], // "inc" only as a whole word
    ['Cokk Foods', 'cokkfoods'], // "kk" and "co" only as whole words
    ['Tokyo Co', 'tokyoco'], // "co" needs its dot
  ])('%s → %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it.each([
    ['株式会社さくら商事', '株式会社さくら商会'],
    ['さくら商事株式会社', 'さくら物産株式会社'],
    ['(株)さくら', '(株)さくら商事'],
  ])('%s and %s stay apart', (a, b) => {
    expect(companyKey(a)).not.toBe(companyKey(b));
  });
});
