import { describe, expect, it } from 'vitest';
import { personFromRow } from './person-row.ts';

const SAMPLE_FIELDS = ['memberNumber', 'fullName', 'fullNameKana', 'postalCode', 'address', 'address2', 'phone', 'mobile', 'email', 'birthday', 'gender', null, null, null, 'notes'];

describe('personFromRow', () => {
  it('reads a member-list row: split name and furigana, one address over two cells, 和暦 birthday', () => {
    const r = personFromRow(['A10002', '吉田　蓮', 'ﾖｼﾀﾞ ﾚﾝ', '078-8391', '北海道旭川市宮前1条', '3丁目3-7', '', '08076066424', 'member2@example.ne.jp', 'H2.1.8', '', '15', '2026/3/3', '', ''], SAMPLE_FIELDS);
    expect(r).toEqual({
      input: {
        memberNumber: 'A10002', familyName: '吉田', givenName: '蓮', familyNameKana: 'ﾖｼﾀﾞ', givenNameKana: 'ﾚﾝ', postalCode: '078-8391',
        prefecture: '北海道', city: '旭川市', addressLine: '宮前1条3丁目3-7', phones: [{ phone: '08076066424' }], emails: [{ email: 'member2@example.ne.jp' }],
        birthday: '1990-01-08',
      },
      companyName: null, note: null, custom: {}, errors: [], nameNotSplit: false,
    });
  });

  it('keeps the building, both phones (home first) and the note', () => {
    const r = personFromRow(['A10000', '?田　蓮', 'ﾖｼﾀﾞ ﾚﾝ', '150-0002', '東京都渋谷区渋谷', '2-21-1 ヒカリエ11F', '0166-22-1000', '090-1111-2222', '', 'S55.4.1', '男', '40', '2026/1/1', '希望する', 'ランチ利用中心'], SAMPLE_FIELDS);
    expect(r.input).toMatchObject({ familyName: '?田', prefecture: '東京都', city: '渋谷区', addressLine: '渋谷2-21-1', building: 'ヒカリエ11F', birthday: '1980-04-01', gender: 'male' });
    expect(r.input.phones).toEqual([{ phone: '0166-22-1000' }, { phone: '090-1111-2222' }]);
    expect(r.note).toBe('ランチ利用中心');
  });

  it('treats empty and blank cells as no value', () => {
    const r = personFromRow(['  ', '山田　花子', '', '', '', '', '　', '', '', '', '', '', '', '', ''], SAMPLE_FIELDS);
    expect(r.input).toEqual({ familyName: '山田', givenName: '花子' });
    expect(r.errors).toEqual([]);
  });

  it('says when a name has no space to split at, and keeps it whole', () => {
    const r = personFromRow(['山田太郎'], ['fullName']);
    expect(r.input).toEqual({ familyName: '山田太郎' });
    expect(r.nameNotSplit).toBe(true);
  });

  it('lets a column of its own win over the split, and over the full name', () => {
    const r = personFromRow(['山田 太郎', '山田', '太朗', '東京都千代田区丸の内1-1', '大阪府'], ['fullName', 'familyName', 'givenName', 'address', 'prefecture']);
    expect(r.input).toMatchObject({ familyName: '山田', givenName: '太朗', prefecture: '大阪府', city: '千代田区' });
  });

  it.each([
    [['男性'], 'male'], [['女'], 'female'], [['F'], 'female'], [['ｍ'], 'male'], [['2'], 'female'], [['その他'], 'other'], [['不明'], 'unknown'],
  ])('reads gender %j', (cells, gender) => {
    expect(personFromRow(['名無', ...cells], ['familyName', 'gender']).input.gender).toBe(gender);
  });

  it('lists each bad value on its field, and a missing name', () => {
    const r = personFromRow(['', '1990/2/30', 'どちらでも', 'S65.1.1'], ['fullName', 'birthday', 'gender', null]);
    expect(r.errors).toEqual([
      { field: 'familyName', code: 'required' },
      { field: 'birthday', code: 'invalid_date' },
      { field: 'gender', code: 'invalid_gender' },
    ]);
  });

  it('splits tags and collects custom fields by id', () => {
    const r = personFromRow(['佐藤', 'VIP、常連, VIP', '希望する', '12'], ['familyName', 'tags', 'custom:dm', 'custom:visits']);
    expect(r.input.tags).toEqual(['VIP', '常連']);
    expect(r.custom).toEqual({ dm: '希望する', visits: '12' });
  });

  it('keeps the company name for the link', () => {
    expect(personFromRow(['鈴木', '㈱大福商事'], ['familyName', 'companyName']).companyName).toBe('㈱大福商事');
  });
});
