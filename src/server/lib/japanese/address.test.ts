import { describe, expect, it } from 'vitest';
import { splitAddress } from './address.ts';

describe('splitAddress', () => {
  it.each([
    ['東京都渋谷区渋谷2-21-1 ヒカリエ11F', null, ['東京都', '渋谷区', '渋谷2-21-1', 'ヒカリエ11F']],
    ['東京都渋谷区渋谷 2-21-1　ヒカリエ11F', null, ['東京都', '渋谷区', '渋谷 2-21-1', 'ヒカリエ11F']], // a space inside the street line stays
    ['北海道旭川市宮前1条3丁目3-7', null, ['北海道', '旭川市', '宮前1条3丁目3-7', null]],
    ['北海道旭川市宮前1条 3丁目3-7', null, ['北海道', '旭川市', '宮前1条 3丁目3-7', null]], // a number after the space: still the street
    ['三重県四日市市諏訪町1-5', null, ['三重県', '四日市市', '諏訪町1-5', null]], // not cut at the first 市
    ['大阪府大阪市北区梅田３丁目１－１ グランフロント', null, ['大阪府', '大阪市北区', '梅田３丁目１－１', 'グランフロント']],
    ['大阪府東大阪市荒本北1-1-1', null, ['大阪府', '東大阪市', '荒本北1-1-1', null]],
    ['滋賀県犬上郡多賀町多賀604', null, ['滋賀県', '犬上郡多賀町', '多賀604', null]],
    ['滋賀県多賀町多賀604', null, ['滋賀県', '多賀町', '多賀604', null]], // 郡 left out
    ['京都府京都市中京区寺町通御池上る上本能寺前町488', null, ['京都府', '京都市中京区', '寺町通御池上る上本能寺前町488', null]],
    ['渋谷区渋谷2-21-1', '150-0002', ['東京都', '渋谷区', '渋谷2-21-1', null]], // the prefecture from the postal code
    ['渋谷区渋谷2-21-1', null, [null, null, '渋谷区渋谷2-21-1', null]], // nothing to tell it by: kept whole
    ['東京都どこか町1-1', null, ['東京都', null, 'どこか町1-1', null]], // an unknown city stays in the street line
    ['  東京都千代田区  ', null, ['東京都', '千代田区', null, null]],
    ['', null, [null, null, null, null]],
  ])('%s (〒%s)', (address, postal, [prefecture, city, addressLine, building]) => {
    expect(splitAddress(address, postal)).toEqual({ prefecture, city, addressLine, building });
  });
});
