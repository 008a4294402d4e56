import { describe, expect, it } from 'vitest';
import { formatPostalCode, lookupPostalCode, normalisePostalCode } from './postal.ts';
import { PREFECTURES } from './prefectures.ts';

describe('normalisePostalCode / formatPostalCode', () => {
  it.each([
    ['150-0041', '1500041'],
    ['1500041', '1500041'],
    ['〒150-0041', '1500041'],
    ['〒 150-0041', '1500041'],
    ['〶150-0041', '1500041'], // circled postal mark
    ['１５０－００４１', '1500041'],
    ['〒１５０ー００４１', '1500041'], // the IME's ー as a hyphen
    ['150ｰ0041', '1500041'],
    ['150‐0041', '1500041'],
    ['150−0041', '1500041'],
    ['150 0041', '1500041'],
    ['  150-0041\u3000', '1500041'],
    ['060-0000', '0600000'], // a leading zero stays
  ])('%s → %s', (input, digits) => {
    expect(normalisePostalCode(input)).toBe(digits);
    expect(formatPostalCode(input)).toBe(`${digits.slice(0, 3)}-${digits.slice(3)}`);
  });

  it.each([
    ['', 'empty'],
    ['150-004', 'six digits'],
    ['150-00411', 'eight digits'],
    ['150-004a', 'a letter'],
    ['150/0041', 'a slash'],
    ['〒', 'the mark alone'],
    ['150-0041〒', 'the mark behind'],
    ['６０-００００', 'six full-width digits'],
  ])('rejects %s (%s)', (input) => {
    expect(normalisePostalCode(input)).toBeNull();
    expect(formatPostalCode(input)).toBeNull();
  });
});

describe('lookupPostalCode (offline dataset)', () => {
  it.each([
    ['100-0001', '東京都', '13', '千代田区', '千代田'],
    ['150-0041', '東京都', '13', '渋谷区', '神南'],
    ['530-0001', '大阪府', '27', '大阪市北区', '梅田'],
    ['060-0000', '北海道', '01', '札幌市中央区', ''], // 以下に掲載がない場合: the whole ward, no town
    ['060-0042', '北海道', '01', '札幌市中央区', '大通西'],
    ['453-0002', '愛知県', '23', '名古屋市中村区', '名駅'],
    ['900-0006', '沖縄県', '47', '那覇市', 'おもろまち'],
    ['〒１５０－００４１', '東京都', '13', '渋谷区', '神南'], // any form normalisePostalCode accepts
  ])('%s → %s %s %s', (code, prefecture, prefectureCode, city, town) => {
    expect(lookupPostalCode(code)).toEqual([{ prefecture, prefectureCode, city, town }]);
  });

  it('returns every town a code covers', () => {
    expect(lookupPostalCode('260-0822')).toEqual([
      { prefecture: '千葉県', prefectureCode: '12', city: '千葉市中央区', town: '蘇我' },
      { prefecture: '千葉県', prefectureCode: '12', city: '千葉市中央区', town: '蘇我町' },
    ]);
  });

  it('returns every city, even across prefectures', () => {
    expect(lookupPostalCode('498-0000')).toEqual([
      { prefecture: '愛知県', prefectureCode: '23', city: '弥富市', town: '' },
      { prefecture: '三重県', prefectureCode: '24', city: '桑名郡木曽岬町', town: '' },
    ]);
  });

  it.each(['000-0000', '999-9999', '100-0099', 'not a code', ''])('%s finds nothing', (code) => {
    expect(lookupPostalCode(code)).toEqual([]);
  });

  it('names prefectures as prefectures.ts does', () => {
    for (const code of ['100-0001', '530-0001', '060-0000', '900-0006']) {
      for (const a of lookupPostalCode(code)) {
        expect(PREFECTURES.find((p) => p.code === a.prefectureCode)?.name).toBe(a.prefecture);
      }
    }
  });
});
