import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/tabular/csv.ts';
import { headerKey, PERSON_TARGETS, suggestMapping } from './mapping.ts';

const fields = (headers: string[], samples: string[][] = []) => suggestMapping(headers, samples, PERSON_TARGETS).map((m) => m.field);

describe('headerKey', () => {
  it.each([
    ['ﾌﾘｶﾞﾅ', 'フリガナ'],
    ['ふりがな', 'フリガナ'],
    ['E-Mail', 'email'],
    ['Ｅ－ｍａｉｌ', 'email'],
    ['メールアドレス（必須）', 'メールアドレス'],
    ['電話番号 ※半角', '電話番号'],
    ['【会員No.】', ''],
    ['会員No.', '会員no'],
    ['  氏 名 ', '氏名'],
    ['Zip Code', 'zipcode'],
    ['セイ（フリガナ）', 'セイフリガナ'], // a note that says furigana is part of the field's name
    ['氏名(カナ)', '氏名カナ'],
    ['Family name (kana)', 'familynamekana'],
  ])('%j → %j', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});

describe('suggestMapping', () => {
  it('maps the headers of a point-card member list saved from Excel', () => {
    expect(fields(['会員番号', 'お名前', 'ﾌﾘｶﾞﾅ', '〒', '住所1', '住所2', 'TEL', '携帯', 'E-Mail', '生年月日', '性別', '来店回数', '最終来店日', 'DM希望', '備考']))
      .toEqual(['memberNumber', 'fullName', 'fullNameKana', 'postalCode', 'address', 'address2', 'phone', 'mobile', 'email', 'birthday', 'gender', null, null, null, 'notes']);
  });

  it('maps split names and addresses, Japanese and English', () => {
    expect(fields(['姓', '名', 'セイ', 'メイ', '郵便番号', '都道府県', '市区町村', '番地', '建物名', '会社名', '部署', '役職']))
      .toEqual(['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'postalCode', 'prefecture', 'city', 'addressLine', 'building', 'companyName', 'department', 'jobTitle']);
    expect(fields(['Last Name', 'First Name', 'Email Address', 'Phone Number', 'Company', 'Job Title', 'Zip', 'Customer ID']))
      .toEqual(['familyName', 'givenName', 'email', 'phone', 'companyName', 'jobTitle', 'postalCode', 'memberNumber']);
  });

  it('gives a field to one column only: the second match is left to the user', () => {
    expect(fields(['氏名', '名前', 'メール', 'Email'])).toEqual(['fullName', null, 'email', null]);
  });

  it('recognises unnamed columns by their values, and never a column of plain numbers as a phone', () => {
    const samples = [
      ['a@example.jp', '03-1234-5678', '150-0002', 'ﾔﾏﾀﾞ ﾀﾛｳ', '40', 'x'],
      ['B@Example.JP', '090 1234 5678', '1500002', 'すずき はなこ', '2', 'y'],
      ['', '', '', '', '15', ''],
    ];
    expect(fields(['列1', '列2', '列3', '列4', '列5', '列6'], samples)).toEqual(['email', 'phone', 'postalCode', 'fullNameKana', null, null]);
  });

  it('does not take a value match for a field a header already took', () => {
    expect(fields(['Email', 'バックアップ'], [['a@example.jp', 'b@example.jp']])).toEqual(['email', null]);
  });

  it('matches custom fields by their label', () => {
    const targets = [...PERSON_TARGETS, { key: 'custom:dm', headers: ['DM希望'] }, { key: 'custom:visits', headers: ['来店回数'] }];
    expect(suggestMapping(['DM希望', '来店回数', '氏名'], [], targets).map((m) => m.field)).toEqual(['custom:dm', 'custom:visits', 'fullName']);
  });

  it('maps the shared CP932 sample file (copied from shared/samples)', () => {
    const rows = parseCsv(iconv.decode(readFileSync(new URL('../../../../tests/fixtures/imports/shop-members-cp932.csv', import.meta.url)), 'cp932'));
    const [header, ...data] = rows.map((r) => r.cells);
    const m = suggestMapping(header!, data.slice(0, 20), PERSON_TARGETS);
    expect(m.filter((x) => x.field).map((x) => `${header![x.column]}→${x.field}`)).toEqual([
      '会員番号→memberNumber', 'お名前→fullName', 'ﾌﾘｶﾞﾅ→fullNameKana', '〒→postalCode', '住所1→address', '住所2→address2',
      'TEL→phone', '携帯→mobile', 'E-Mail→email', '生年月日→birthday', '性別→gender', '備考→notes',
    ]);
  });
});
