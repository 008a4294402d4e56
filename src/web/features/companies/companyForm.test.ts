import { describe, expect, it } from 'vitest';
import type { Company } from './api.ts';
import {
  changedFields, companyDraft, emptyCompanyValues, rebase, toCreateBody, toPatchBody, valuesFromCompany, websiteUrl, wholeNumber,
  type CompanyFormValues,
} from './companyForm.ts';

const company: Company = {
  companyId: 'c1', version: 4, name: '株式会社さくら商事', nameKana: 'サクラショウジ', corporateNumber: '1180301018771',
  representative: '佐藤 一郎', industry: '卸売業', businessDescription: null, capital: 10_000_000, employees: 25, listed: false, fiscalMonth: 3,
  website: 'https://sakura.example.jp', phone: '03-1234-5678', postalCode: '150-0041', prefecture: '東京都', city: '渋谷区',
  addressLine: '神南1-2-3', building: null, custom: { rank: 'a', since: '2020-04-01' }, people: [], createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
};

const edit = (values: CompanyFormValues, change: Partial<CompanyFormValues>): CompanyFormValues => ({ ...values, ...change });

describe('wholeNumber', () => {
  it.each([
    [1000, 1000],
    ['', null],
    ['  ', null],
    ['1,000,000', 1_000_000],
    ['１２３', 123],
    ['12.7', 12],
    ['abc', null],
    [0, 0],
  ] as const)('%j → %j', (input, expected) => {
    expect(wholeNumber(input)).toBe(expected);
  });
});

describe('websiteUrl', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['sakura.example.jp', 'https://sakura.example.jp'],
    [' http://sakura.example.jp/ ', 'http://sakura.example.jp/'],
    ['HTTPS://SAKURA.EXAMPLE.JP', 'HTTPS://SAKURA.EXAMPLE.JP'],
  ])('%j → %j', (input, expected) => {
    expect(websiteUrl(input)).toBe(expected);
  });
});

describe('toCreateBody', () => {
  it.each<[string, Partial<CompanyFormValues>, object]>([
    ['only the name', { name: ' さくら商事 ' }, { name: 'さくら商事' }],
    ['numbers and choices as the API types them', { name: 'A', capital: 5_000_000, employees: '12', listed: 'listed', fiscalMonth: '3' },
      { name: 'A', capital: 5_000_000, employees: 12, listed: true, fiscalMonth: 3 }],
    ['unlisted is false, not left out', { name: 'A', listed: 'unlisted' }, { name: 'A', listed: false }],
    ['a website without its scheme', { name: 'A', website: 'a.example.jp' }, { name: 'A', website: 'https://a.example.jp' }],
    ['blank text left out', { name: 'A', industry: '  ', corporateNumber: '' }, { name: 'A' }],
    ['custom values filled in', { name: 'A', custom: { rank: 'a', memo: ' ', vip: true } }, { name: 'A', custom: { rank: 'a', vip: true } }],
  ])('%s', (_case, change, expected) => {
    expect(toCreateBody(edit(emptyCompanyValues(), change))).toEqual(expected);
  });
});

describe('toPatchBody', () => {
  const base = valuesFromCompany(company);
  it.each<[string, Partial<CompanyFormValues>, object]>([
    ['nothing changed: only the version', {}, { version: 4 }],
    ['an emptied field as null', { industry: '', capital: '' }, { industry: null, capital: null, version: 4 }],
    ['whitespace alone is no change', { city: ' 渋谷区 ' }, { version: 4 }],
    ['listed and month', { listed: 'listed', fiscalMonth: '12' }, { listed: true, fiscalMonth: 12, version: 4 }],
    ['listed cleared', { listed: '' }, { listed: null, version: 4 }],
    ['a custom value changed and one emptied', { custom: { rank: 'b', since: '' } }, { custom: { rank: 'b', since: null }, version: 4 }],
  ])('%s', (_case, change, expected) => {
    expect(toPatchBody(base, edit(base, change), company.version)).toEqual(expected);
  });
});

describe('rebase', () => {
  const base = valuesFromCompany(company);

  it('keeps what the user changed, takes the rest from the newer version, and names the fields both changed', () => {
    const mine = edit(base, { representative: '佐藤 二郎', employees: 30 });
    const theirs = edit(base, { industry: '小売業', employees: 28 });
    const { values, conflicts } = rebase(base, mine, theirs);
    expect(values).toMatchObject({ representative: '佐藤 二郎', industry: '小売業', employees: 30 });
    expect(conflicts).toEqual(['employees']);
  });

  it('carries custom values over one by one', () => {
    const mine = edit(base, { custom: { rank: 'b', since: '2020-04-01' } });
    const theirs = edit(base, { custom: { rank: 'a', since: '2021-01-01' } });
    const { values, conflicts } = rebase(base, mine, theirs);
    expect(values.custom).toEqual({ rank: 'b', since: '2021-01-01' });
    expect(conflicts).toEqual([]);
    expect(rebase(base, mine, edit(base, { custom: { rank: 'c' } })).conflicts).toEqual(['custom']);
  });

  it('reports no conflict where both made the same change', () => {
    const mine = edit(base, { employees: '28' });
    expect(rebase(base, mine, edit(base, { employees: 28 })).conflicts).toEqual([]);
    expect(changedFields(base, mine)).toEqual(['employees']);
  });
});

describe('companyDraft', () => {
  it.each<[string, Partial<CompanyFormValues>, object | null]>([
    ['nothing without a name', { corporateNumber: '1180301018771' }, null],
    ['the name alone', { name: ' さくら商事 ' }, { name: 'さくら商事' }],
    ['a number still being typed is left out', { name: 'さくら商事', corporateNumber: '118030' }, { name: 'さくら商事' }],
    ['a complete number as printed, with hyphens and full-width digits', { name: 'さくら', corporateNumber: '１-１８０３-０１０１-８７７１' },
      { name: 'さくら', corporateNumber: '1180301018771' }],
  ])('%s', (_case, change, expected) => {
    expect(companyDraft(edit(emptyCompanyValues(), change))).toEqual(expected);
  });
});
