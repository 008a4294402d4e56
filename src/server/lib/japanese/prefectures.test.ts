import { describe, expect, it } from 'vitest';
import { PREFECTURES, prefectureOf, splitPrefecture } from './prefectures.ts';

describe('PREFECTURES', () => {
  it('lists the 47 in JIS order with two-digit codes', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(PREFECTURES.map((p) => p.name)).size).toBe(47);
    expect(new Set(PREFECTURES.map((p) => p.romaji)).size).toBe(47);
  });

  it.each([
    ['01', '北海道', '北海道', 'ほっかいどう', 'Hokkaido'],
    ['02', '青森県', '青森', 'あおもりけん', 'Aomori'],
    ['13', '東京都', '東京', 'とうきょうと', 'Tokyo'],
    ['14', '神奈川県', '神奈川', 'かながわけん', 'Kanagawa'],
    ['26', '京都府', '京都', 'きょうとふ', 'Kyoto'],
    ['27', '大阪府', '大阪', 'おおさかふ', 'Osaka'],
    ['28', '兵庫県', '兵庫', 'ひょうごけん', 'Hyogo'],
    ['30', '和歌山県', '和歌山', 'わかやまけん', 'Wakayama'],
    ['46', '鹿児島県', '鹿児島', 'かごしまけん', 'Kagoshima'],
    ['47', '沖縄県', '沖縄', 'おきなわけん', 'Okinawa'],
  ])('%s is %s', (code, name, shortName, kana, romaji) => {
    expect(PREFECTURES[Number(code) - 1]).toEqual({ code, name, shortName, kana, romaji });
  });

  it('every official name ends in 都, 道, 府 or 県, with 1 都, 1 道, 2 府 and 43 県', () => {
    const suffixes = PREFECTURES.map((p) => p.name.slice(-1));
    expect(suffixes.filter((s) => s === '都')).toHaveLength(1);
    expect(suffixes.filter((s) => s === '道')).toHaveLength(1);
    expect(suffixes.filter((s) => s === '府')).toHaveLength(2);
    expect(suffixes.filter((s) => s === '県')).toHaveLength(43);
  });
});

describe('prefectureOf', () => {
  it.each([
    ['東京都', '13'],
    ['東京', '13'],
    [' 東京都　', '13'],
    ['とうきょうと', '13'],
    ['とうきょう', '13'],
    ['トウキョウト', '13'],
    ['ﾄｳｷｮｳ', '13'],
    ['Tokyo', '13'],
    ['TOKYO', '13'],
    ['tokyo-to', '13'],
    ['Tokyo To', '13'],
    ['Tōkyō', '13'],
    ['Tokyo Metropolis', '13'],
    ['JP-13', '13'],
    ['jp13', '13'],
    ['13', '13'],
    [13, '13'],
    ['１３', '13'],
    ['北海道', '01'],
    ['Hokkaido', '01'],
    ['Hokkaidō', '01'],
    ['1', '01'],
    ['01', '01'],
    ['京都府', '26'],
    ['京都', '26'], // not confused with 東京都
    ['Kyoto', '26'], // "-to" is only a suffix after a separator
    ['Kyoto-fu', '26'],
    ['大阪', '27'],
    ['Osaka Prefecture', '27'],
    ['Ōsaka-fu', '27'],
    ['兵庫県', '28'],
    ['Hyōgo', '28'],
    ['Hyogo-ken', '28'],
    ['Kochi', '39'],
    ['Kōchi', '39'],
    ['Oita', '44'],
    ['沖縄県', '47'],
    ['おきなわけん', '47'],
    ['JP-47', '47'],
  ])('%s → %s', (input, code) => {
    expect(prefectureOf(input)?.code).toBe(code);
  });

  it.each([['北海'], ['東'], ['0'], ['48'], ['JP-48'], [0], [''], ['Tokio'], ['東京市'], ['New York']])(
    '%s → undefined',
    (input) => {
      expect(prefectureOf(input)).toBeUndefined();
    },
  );
});

describe('splitPrefecture', () => {
  it.each([
    ['東京都渋谷区神南1-2-3', '東京都', '渋谷区神南1-2-3'],
    ['　北海道 札幌市中央区大通西1', '北海道', '札幌市中央区大通西1'],
    ['京都府京都市中京区', '京都府', '京都市中京区'],
    ['神奈川県横浜市', '神奈川県', '横浜市'],
  ])('%s → %s + %s', (address, name, rest) => {
    expect(splitPrefecture(address)).toEqual({ prefecture: prefectureOf(name), rest });
  });

  it.each([['渋谷区神南1-2-3'], ['京都市中京区'], ['福島区福島1'], ['']])('%s has no prefecture', (address) => {
    expect(splitPrefecture(address)).toBeUndefined();
  });
});
