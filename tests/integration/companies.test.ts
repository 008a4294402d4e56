// Companies through the API: 法人番号 checked, legal forms set aside when matching, people listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setupOwner, type Client, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let owner: Client;
let sakura: { companyId: string };
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
  // 7000012050002 is the 国税庁's own 法人番号 (check digit 7).
  sakura = (await owner.post('/api/companies', { name: '株式会社さくら商事', nameKana: 'さくらしょうじ', corporateNumber: '7-0000-1205-0002', phone: '０３ー１２３４ー５６７８', prefecture: '東京' })).body;
});
afterAll(() => t.close());

describe('companies', () => {
  it('stores the 法人番号 as 13 digits, the phone formatted and the furigana in katakana', async () => {
    const c = (await owner.get(`/api/companies/${sakura.companyId}`)).body;
    expect(c).toMatchObject({ corporateNumber: '7000012050002', phone: '03-1234-5678', nameKana: 'サクラショウジ', prefecture: '東京都', version: 1, people: [] });
  });

  it.each([
    ['a wrong check digit', '8000012050002'],
    ['12 digits', '000012050002'],
    ['letters', 'T7000012050002'],
  ])('refuses a 法人番号 with %s, naming the field', async (_why, corporateNumber) => {
    const r = await owner.post('/api/companies', { name: '不正番号商店', corporateNumber });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([expect.objectContaining({ field: 'corporateNumber', code: 'invalid_corporate_number' })]);
    expect(r.body.errors[0].message).toContain('法人番号');
  });

  it.each([
    ['(株) in front', '(株)さくら商事', ['name']],
    ['㈱ with a space', '㈱ さくら商事', ['name']],
    ['株式会社 behind', 'さくら商事株式会社', ['name']],
  ])('finds the same company written with %s as a duplicate', async (_how, name, reasons) => {
    const r = await owner.post('/api/companies/duplicates', { company: { name } });
    expect(r.body.items).toEqual([{ companyId: sakura.companyId, name: '株式会社さくら商事', reasons }]);
  });

  it('finds a duplicate by 法人番号 whatever the name', async () => {
    const r = await owner.post('/api/companies/duplicates', { company: { name: '全く別の名前', corporateNumber: '7000012050002' } });
    expect(r.body.items[0]).toMatchObject({ companyId: sakura.companyId, reasons: ['corporate_number'] });
  });

  it('lists its people, and people are found by their company', async () => {
    const p = (await owner.post('/api/people', { familyName: '桜井', givenName: '健', companyId: sakura.companyId, jobTitle: '部長', department: '営業部' })).body;
    expect(p.companyName).toBe('株式会社さくら商事');
    const c = (await owner.get(`/api/companies/${sakura.companyId}`)).body;
    expect(c.people).toEqual([{ personId: p.personId, displayName: '桜井\u3000健', jobTitle: '部長', department: '営業部' }]);
    expect((await owner.get('/api/companies')).body.items[0]).toMatchObject({ name: '株式会社さくら商事', peopleCount: 1 });
    expect((await owner.get(`/api/people?q=${encodeURIComponent('さくら商事')}`)).body.items.map((x: { personId: string }) => x.personId)).toEqual([p.personId]);
  });

  it('refuses a person linked to a company that does not exist here', async () => {
    const r = await owner.post('/api/people', { familyName: '迷子', companyId: '01234567-89ab-7def-8123-456789abcdef' });
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('companyId');
  });

  it('searches companies with or without the legal form, and by 法人番号', async () => {
    for (const q of ['さくら商事', '㈱さくら', '7000012050002', 'サクラ']) {
      expect((await owner.get(`/api/companies?q=${encodeURIComponent(q)}`)).body.total, q).toBe(1);
    }
  });

  it('checks the version on edit', async () => {
    const c = (await owner.post('/api/companies', { name: '有限会社もみじ' })).body;
    expect((await owner.patch(`/api/companies/${c.companyId}`, { version: 1, employees: 12 })).body.version).toBe(2);
    const stale = await owner.patch(`/api/companies/${c.companyId}`, { version: 1, employees: 99 });
    expect(stale.status).toBe(409);
    expect((await owner.get(`/api/companies/${c.companyId}`)).body.employees).toBe(12);
  });
});
