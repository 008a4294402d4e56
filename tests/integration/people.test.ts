// People through the API: Japanese input normalised, field-level messages, version checks, search,
// duplicates before saving, delete with undo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
});
afterAll(() => t.close());

const takahashi = {
  familyName: '髙橋', givenName: '一郎', familyNameKana: 'ﾀｶﾊｼ', givenNameKana: 'いちろう',
  emails: [{ email: 'Ichiro.Takahashi@Example.JP' }], phones: [{ phone: '０９０ー１２３４ー５６７８' }],
  postalCode: '〒150-0041', prefecture: '東京', city: '渋谷区', addressLine: '神南1-2-3', birthday: '1980-04-01',
  tags: ['常連', 'VIP', '常連'], lifecycleStage: 'customer',
};

describe('creating and reading a person', () => {
  it('stores typed values normalised and derives age and display name', async () => {
    const r = await owner.post('/api/people', takahashi);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      displayName: '髙橋\u3000一郎', familyNameKana: 'タカハシ', givenNameKana: 'イチロウ', postalCode: '150-0041', prefecture: '東京都',
      phones: [{ e164: '+819012345678', display: '090-1234-5678', isPrimary: true }],
      emails: [{ email: 'Ichiro.Takahashi@example.jp', isPrimary: true }], tags: ['VIP', '常連'], lifecycleStage: 'customer', version: 1,
    });
    expect(r.body.age).toBe(46);
    expect((await owner.get(`/api/people/${r.body.personId}`)).body).toEqual(r.body);
  });

  it('names each field at fault, in Japanese or English, and stores nothing', async () => {
    const before = (await owner.get('/api/people')).body.total;
    const bad = { familyName: '山田', familyNameKana: 'Yamada', postalCode: '12-345', phones: [{ phone: '090-1234-567' }], emails: [{ email: 'yamada@' }], birthday: '2099-01-01' };
    const ja = await owner.post('/api/people', bad);
    expect(ja.status).toBe(400);
    expect(ja.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['birthday', 'emails.0.email', 'familyNameKana', 'phones.0.phone', 'postalCode']);
    expect(ja.body.errors.find((e: { field: string }) => e.field === 'postalCode').message).toContain('郵便番号');
    expect(ja.body.errors.find((e: { field: string }) => e.field === 'phones.0.phone').message).toContain('電話番号（1 件目）');
    owner.locale = 'en';
    const en = await owner.post('/api/people', bad);
    expect(en.body.errors.find((e: { field: string }) => e.field === 'familyNameKana').message).toContain('katakana or hiragana');
    owner.locale = 'ja';
    const invalidDate = await owner.post('/api/people', { familyName: '山田', birthday: '2026-02-30' });
    expect(invalidDate.body.field).toBe('birthday');
    expect((await owner.get('/api/people')).body.total).toBe(before);
  });
});

describe('editing', () => {
  it('refuses an edit made from an old version with a clear conflict, and keeps the newer edit', async () => {
    const p = (await owner.post('/api/people', { familyName: '佐藤', givenName: '花子' })).body;
    const first = await owner.patch(`/api/people/${p.personId}`, { version: 1, givenName: '花江' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await owner.patch(`/api/people/${p.personId}`, { version: 1, givenName: '花代' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect(stale.body.detail).toContain('他の人が先に更新しました');
    expect((await owner.get(`/api/people/${p.personId}`)).body.givenName).toBe('花江');
  });

  it('records each lifecycle change with its date', async () => {
    const p = (await owner.post('/api/people', { familyName: '鈴木' })).body;
    expect(p.lifecycleStage).toBe('prospect');
    t.clock.advance(86_400_000);
    const r = await owner.patch(`/api/people/${p.personId}`, { version: 1, lifecycleStage: 'customer' });
    expect(r.body.lifecycleStage).toBe('customer');
    expect(new Date(r.body.lifecycleChangedAt).getTime()).toBe(t.clock.now.getTime());
    t.clock.advance(86_400_000);
    const former = await owner.patch(`/api/people/${p.personId}`, { version: 2, lifecycleStage: 'former' });
    expect(former.body.lifecycleHistory.map((c: { fromStage: string | null; toStage: string }) => [c.fromStage, c.toStage])).toEqual([
      [null, 'prospect'], ['prospect', 'customer'], ['customer', 'former'],
    ]);
    expect(former.body.lifecycleHistory.at(-1).changedAt).toBe(former.body.lifecycleChangedAt);
  });

  it('keeps SNS and app accounts, replaced as a whole on edit', async () => {
    const p = (await owner.post('/api/people', { familyName: '中村', accounts: [{ service: 'LINE', handle: 'nakamura_0301' }, { service: 'Instagram', handle: '@naka.m' }] })).body;
    expect(p.accounts).toEqual([{ service: 'LINE', handle: 'nakamura_0301' }, { service: 'Instagram', handle: '@naka.m' }]);
    const edited = await owner.patch(`/api/people/${p.personId}`, { version: p.version, accounts: [{ service: 'LINE', handle: 'naka_new' }] });
    expect(edited.body.accounts).toEqual([{ service: 'LINE', handle: 'naka_new' }]);
    const untouched = await owner.patch(`/api/people/${p.personId}`, { version: edited.body.version, jobTitle: '主任' });
    expect(untouched.body.accounts).toEqual([{ service: 'LINE', handle: 'naka_new' }]);
    const bad = await owner.patch(`/api/people/${p.personId}`, { version: untouched.body.version, accounts: [{ service: '', handle: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('accounts.0.service');
  });
});

describe('search', () => {
  it.each([
    ['a half-width katakana fragment of the furigana', 'ｶﾊｼ'],
    ['hiragana', 'たかはし'],
    ['the common form of the kanji', '高橋'],
    ['a phone fragment with hyphens', '1234-5678'],
    ['a phone fragment in full-width digits', '０９０１２３４'],
    ['part of the email in upper case', 'ICHIRO.TAKA'],
  ])('finds 髙橋 by %s', async (_how, q) => {
    const r = await owner.get(`/api/people?q=${encodeURIComponent(q)}`);
    expect(r.body.items.map((p: { familyName: string }) => p.familyName)).toContain('髙橋');
  });

  it('takes LIKE wildcards literally', async () => {
    expect((await owner.get(`/api/people?q=${encodeURIComponent('%')}`)).body.total).toBe(0);
  });
});

describe('duplicates before saving', () => {
  it.each([
    ['the same email in another case', { familyName: '別人', emails: [{ email: 'ICHIRO.TAKAHASHI@example.jp' }] }, ['email']],
    ['the same phone written differently', { familyName: '別人', phones: [{ phone: '+81 90-1234-5678' }] }, ['phone']],
    ['the same name (高/髙) and birthday', { familyName: '高橋', givenName: '一郎', birthday: '1980-04-01' }, ['name_birthday']],
    ['the same furigana and birthday', { familyName: '鷹橋', givenName: '一朗', familyNameKana: 'タカハシ', givenNameKana: 'イチロウ', birthday: '1980-04-01' }, ['name_birthday']],
    ['the same name and postal code', { familyName: '髙橋', givenName: '一郎', postalCode: '1500041' }, ['name_postal_code']],
  ])('are found by %s', async (_how, person, reasons) => {
    const r = await owner.post('/api/people/duplicates', { person });
    expect(r.status).toBe(200);
    const hit = r.body.items.find((i: { person: { displayName: string } }) => i.person.displayName === '髙橋\u3000一郎');
    expect(hit?.reasons).toEqual(reasons);
  });

  it('are found by the valid parts of a draft while another part is half-typed', async () => {
    const r = await owner.post('/api/people/duplicates', { person: { familyName: '別人', emails: [{ email: 'ichiro@' }], phones: [{ phone: '090-1234-5678' }], postalCode: '150' } });
    expect(r.body.items.map((i: { reasons: string[] }) => i.reasons)).toEqual([['phone']]);
  });

  it('are not found for a different person, nor for a +tag address', async () => {
    const r = await owner.post('/api/people/duplicates', { person: { familyName: '高橋', givenName: '一郎', birthday: '1981-04-01', emails: [{ email: 'ichiro.takahashi+shop@example.jp' }] } });
    expect(r.body.items).toEqual([]);
  });
});

describe('tags', () => {
  it('lists the tags in use with how many people carry each', async () => {
    const r = await owner.get('/api/tags');
    expect(r.body.items.map((x: { name: string; people: number }) => [x.name, x.people])).toEqual([['VIP', 1], ['常連', 1]]);
  });
});

describe('postal-code autofill', () => {
  it.each([
    ['150-0041', [{ prefecture: '東京都', city: '渋谷区', town: '神南' }]],
    ['〒５３０－０００１', [{ prefecture: '大阪府', city: '大阪市北区', town: '梅田' }]],
    ['999-9999', []],
  ])('%s', async (code, items) => {
    const r = await owner.get(`/api/postal-codes/${encodeURIComponent(code)}`);
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual(items);
  });
});

describe('deleting', () => {
  it('hides the person at once and restore brings them back', async () => {
    const p = (await owner.post('/api/people', { familyName: '削除', givenName: '試験' })).body;
    expect((await owner.delete(`/api/people/${p.personId}`)).status).toBe(204);
    expect((await owner.get(`/api/people/${p.personId}`)).status).toBe(404);
    expect((await owner.get(`/api/people?q=${encodeURIComponent('削除')}`)).body.total).toBe(0);
    expect((await owner.post(`/api/people/${p.personId}/restore`)).status).toBe(204);
    expect((await owner.get(`/api/people/${p.personId}`)).body.givenName).toBe('試験');
  });
});
