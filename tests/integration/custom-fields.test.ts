// Custom fields: a multiple-choice field with 500 options is created, assigned, filtered on, an option is
// renamed (records follow) and two options are merged; values are checked against their type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setupOwner, type Client, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let owner: Client;
let field: { fieldId: string; options: { optionId: string; label: string; position: number }[] };
const people: Record<string, string> = {};
const opt = (i: number) => field.options[i]!.optionId;
const filterBy = (conditions: unknown[], match = 'all') => owner.get(`/api/people?limit=200&filter=${encodeURIComponent(JSON.stringify({ match, conditions }))}`);
const names = (r: { body: { items: { familyName: string }[] } }) => r.body.items.map((p) => p.familyName).sort();

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
  const options = Array.from({ length: 500 }, (_, i) => ({ label: `商品${String(i + 1).padStart(3, '0')}`, color: i === 0 ? '#c0392b' : null }));
  const r = await owner.post('/api/fields', { entityType: 'person', label: '購入した商品', type: 'multiple_choice', options });
  expect(r.status).toBe(201);
  field = r.body;
  for (const [name, picks] of [['青木', [0, 1]], ['石井', [1, 499]], ['上田', [2]], ['江藤', []]] as const) {
    const p = await owner.post('/api/people', { familyName: name, custom: { [field.fieldId]: picks.map(opt) } });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    people[name] = p.body.personId;
  }
});
afterAll(() => t.close());

describe('a multiple-choice field with 500 options', () => {
  it('keeps all 500 options in order, with colour', async () => {
    expect(field.options).toHaveLength(500);
    expect(field.options.map((o) => o.label).slice(0, 2)).toEqual(['商品001', '商品002']);
    expect(field.options[499]!.label).toBe('商品500');
    expect((await owner.get('/api/fields?entityType=person')).body.items[0].options[0]).toMatchObject({ label: '商品001', color: '#c0392b' });
  });

  it('stores the chosen options on the record', async () => {
    expect((await owner.get(`/api/people/${people['石井']}`)).body.custom).toEqual({ [field.fieldId]: [opt(1), opt(499)] });
    expect((await owner.get(`/api/people/${people['江藤']}`)).body.custom).toEqual({});
  });

  it.each([
    ['has any of 商品002, 商品003', 'has_any', [1, 2], ['上田', '石井', '青木']],
    ['has all of 商品001 and 商品002', 'has_all', [0, 1], ['青木']],
    ['has none of 商品002', 'has_none', [1], ['上田', '江藤']],
  ])('filters: %s', async (_what, op, picks, expected) => {
    const r = await filterBy([{ field: `custom.${field.fieldId}`, op, value: picks.map(opt) }]);
    expect(r.status).toBe(200);
    expect(names(r)).toEqual([...expected].sort());
    expect(r.body.total).toBe(expected.length);
  });

  it('filters on empty and combines conditions with any', async () => {
    expect(names(await filterBy([{ field: `custom.${field.fieldId}`, op: 'empty' }]))).toEqual(['江藤']);
    const either = await filterBy([{ field: `custom.${field.fieldId}`, op: 'has_any', value: [opt(2)] }, { field: `custom.${field.fieldId}`, op: 'empty' }], 'any');
    expect(names(either)).toEqual(['上田', '江藤']);
  });

  it('renaming an option changes its label only: records follow without being touched', async () => {
    const before = (await owner.get(`/api/people/${people['青木']}`)).body;
    const r = await owner.patch(`/api/fields/${field.fieldId}/options/${opt(0)}`, { label: 'どら焼き（限定）' });
    expect(r.body.options[0]).toMatchObject({ optionId: opt(0), label: 'どら焼き（限定）' });
    const after = (await owner.get(`/api/people/${people['青木']}`)).body;
    expect(after.custom).toEqual(before.custom);
    expect(after.version).toBe(before.version);
  });

  it('merging two options moves every record to the kept one, once', async () => {
    const r = await owner.post(`/api/fields/${field.fieldId}/options/merge`, { fromOptionIds: [opt(1)], intoOptionId: opt(0) });
    expect(r.status).toBe(200);
    expect(r.body.recordsChanged).toBe(2);
    expect(r.body.field.options).toHaveLength(499);
    expect((await owner.get(`/api/people/${people['青木']}`)).body.custom[field.fieldId]).toEqual([opt(0)]);
    expect([...(await owner.get(`/api/people/${people['石井']}`)).body.custom[field.fieldId]].sort()).toEqual([opt(0), opt(499)].sort());
    expect(names(await filterBy([{ field: `custom.${field.fieldId}`, op: 'has_any', value: [opt(0)] }]))).toEqual(['石井', '青木']);
  });

  it('reorders all options at once, and refuses a partial order', async () => {
    const current = (await owner.get('/api/fields?entityType=person')).body.items[0].options.map((o: { optionId: string }) => o.optionId);
    const reversed = [...current].reverse();
    const r = await owner.post(`/api/fields/${field.fieldId}/options/reorder`, { optionIds: reversed });
    expect(r.body.options.map((o: { optionId: string }) => o.optionId)).toEqual(reversed);
    const partial = await owner.post(`/api/fields/${field.fieldId}/options/reorder`, { optionIds: reversed.slice(1) });
    expect(partial.status).toBe(400);
    expect(partial.body.code).toBe('reorder_mismatch');
  });
});

describe('values checked against their field', () => {
  it.each([
    ['number', { type: 'number' }, 'たくさん', 'custom_number'],
    ['currency', { type: 'currency' }, 1200.5, 'custom_currency'],
    ['date', { type: 'date' }, '2026-02-30', 'custom_date'],
    ['url', { type: 'url' }, 'javascript:alert(1)', 'custom_url'],
    ['phone', { type: 'phone' }, '03-12', 'invalid_phone'],
    ['single choice', { type: 'single_choice', options: [{ label: '粒あん' }] }, 'not-an-option', 'custom_choice'],
  ])('%s refuses a wrong value, naming the field by its label', async (_name, def, value, code) => {
    const f = (await owner.post('/api/fields', { entityType: 'person', label: `検査${code}`, ...def })).body;
    const r = await owner.post('/api/people', { familyName: '検査', custom: { [f.fieldId]: value } });
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ field: `custom.${f.fieldId}`, code });
    expect(r.body.errors[0].message).toContain(`検査${code}`);
  });

  it('refuses a field of another workspace or none, and a filter on an unknown field', async () => {
    const r = await owner.post('/api/people', { familyName: '検査', custom: { '01900000-0000-7000-8000-000000000000': 'x' } });
    expect(r.body.errors[0].code).toBe('unknown_custom_field');
    const f = await filterBy([{ field: 'password_hash', op: 'eq', value: 'x' }]);
    expect(f.status).toBe(400);
    expect(f.body.errors[0]).toMatchObject({ field: 'querystring.filter.conditions.0.field', code: 'filter_field' });
  });

  it('names the filtered field as people see it: a built-in one translated, a custom one by its label', async () => {
    const r = await filterBy([{ field: 'prefecture', op: 'gt', value: 'a' }, { field: `custom.${field.fieldId}`, op: 'gt', value: 1 }]);
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { message: string }) => e.message)).toEqual([
      expect.stringContaining('「都道府県」'), expect.stringContaining('「購入した商品」'),
    ]);
  });
});

describe('built-in filters', () => {
  it('filters by prefecture, stage and tags', async () => {
    await owner.post('/api/people', { familyName: '大阪', prefecture: '大阪', lifecycleStage: 'customer', tags: ['常連'] });
    await owner.post('/api/people', { familyName: '京都', prefecture: '京都', lifecycleStage: 'prospect', tags: ['常連', 'VIP'] });
    expect(names(await filterBy([{ field: 'prefecture', op: 'in', value: ['大阪府', '京都府'] }]))).toEqual(['京都', '大阪']);
    expect(names(await filterBy([{ field: 'lifecycleStage', op: 'eq', value: 'customer' }, { field: 'tags', op: 'has_any', value: ['常連'] }]))).toEqual(['大阪']);
    expect(names(await filterBy([{ field: 'tags', op: 'has_all', value: ['常連', 'vip'] }]))).toEqual(['京都']);
  });
});

describe('custom fields on companies', () => {
  it('are stored, edited, checked by type, and follow an option merge like people do', async () => {
    const f = (await owner.post('/api/fields', { entityType: 'company', label: '取引区分', type: 'single_choice', options: [{ label: '卸' }, { label: '小売' }, { label: 'おろし' }] })).body;
    const capital = (await owner.post('/api/fields', { entityType: 'company', label: '年商（円）', type: 'currency' })).body;
    const [wholesale, , oroshi] = f.options.map((o: { optionId: string }) => o.optionId);
    const created = await owner.post('/api/companies', { name: '株式会社大福', custom: { [f.fieldId]: oroshi, [capital.fieldId]: 120_000_000 } });
    expect(created.status).toBe(201);
    expect(created.body.custom).toEqual({ [f.fieldId]: oroshi, [capital.fieldId]: 120_000_000 });

    const bad = await owner.patch(`/api/companies/${created.body.companyId}`, { version: created.body.version, custom: { [capital.fieldId]: '一億' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe(`custom.${capital.fieldId}`);
    // A person's field is not a company's field.
    const wrong = await owner.patch(`/api/companies/${created.body.companyId}`, { version: created.body.version, custom: { [field.fieldId]: [opt(0)] } });
    expect(wrong.status).toBe(400);

    const edited = await owner.patch(`/api/companies/${created.body.companyId}`, { version: created.body.version, custom: { [capital.fieldId]: null } });
    expect(edited.body.custom).toEqual({ [f.fieldId]: oroshi });
    const merged = await owner.post(`/api/fields/${f.fieldId}/options/merge`, { fromOptionIds: [oroshi], intoOptionId: wholesale });
    expect(merged.body.recordsChanged).toBe(1);
    expect((await owner.get(`/api/companies/${created.body.companyId}`)).body.custom).toEqual({ [f.fieldId]: wholesale });
  });
});
