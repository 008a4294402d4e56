import { describe, expect, it } from 'vitest';
import type { Person } from '../../../common/people.ts';
import { accountErrors, changedFields, emptyAccount, emptyValues, rebase, toCreateBody, toPatchBody, valuesFromPerson, type PersonFormValues } from './personForm.ts';

const person: Person = {
  personId: 'p1', version: 3, displayName: '山田　花子',
  familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ',
  emails: [], phones: [{ phoneId: 'ph1', e164: '+819012345678', display: '090-1234-5678', label: '携帯', isPrimary: true }],
  birthday: '1990-04-01', age: 35, gender: 'female',
  postalCode: '150-0041', prefecture: '東京都', city: '渋谷区', addressLine: '神南1-2-3', building: null,
  companyId: null, companyName: null, jobTitle: null, department: null,
  memberNumber: null, preferredChannel: 'line', source: null, ownerUserId: null,
  lifecycleStage: 'customer', lifecycleChangedAt: '2025-01-01T00:00:00Z',
  familyNotes: null, interests: null, tags: ['VIP'], accounts: [{ service: 'LINE', handle: 'hanako' }], lifecycleHistory: [], custom: { rank: 'gold', visits: 3 }, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
};

const edit = (values: PersonFormValues, change: Partial<PersonFormValues>): PersonFormValues => ({ ...values, ...change });

describe('toCreateBody', () => {
  it('sends what was filled in, trimmed, and leaves blank rows out', () => {
    const values = edit(emptyValues(), { familyName: ' 山田 ', givenName: '花子', tags: ['常連'] });
    values.phones[0]!.phone = '090-1234-5678';
    expect(toCreateBody(values)).toEqual({
      familyName: '山田', givenName: '花子', lifecycleStage: 'prospect', tags: ['常連'],
      phones: [{ phone: '090-1234-5678', label: null, isPrimary: true }],
    });
  });

  it('sends the accounts filled in, trimmed, and none when every row is blank', () => {
    const values = edit(emptyValues(), { familyName: '山田', accounts: [{ ...emptyAccount(), service: ' LINE ', handle: ' hanako ' }, emptyAccount()] });
    expect(toCreateBody(values).accounts).toEqual([{ service: 'LINE', handle: 'hanako' }]);
    expect(toCreateBody(edit(emptyValues(), { familyName: '山田', accounts: [emptyAccount()] }))).not.toHaveProperty('accounts');
  });

  it('sends the custom values filled in, and none when none are', () => {
    expect(toCreateBody(edit(emptyValues(), { familyName: '山田', custom: { rank: 'gold', memo: ' ', ok: false } })).custom).toEqual({ rank: 'gold', ok: false });
    expect(toCreateBody(edit(emptyValues(), { familyName: '山田', custom: { memo: '' } }))).not.toHaveProperty('custom');
  });
});

describe('toPatchBody', () => {
  it('sends only the changed fields with the version, an emptied one as null', () => {
    const base = valuesFromPerson(person);
    const values = edit(base, { city: ' 渋谷区 ', building: '', givenName: '', gender: '' });
    expect(toPatchBody(base, values, person.version)).toEqual({ givenName: null, gender: null, version: 3 });
  });

  it('sends a whole list when one of its rows changed, keeping labels', () => {
    const base = valuesFromPerson(person);
    const values = edit(base, { phones: [{ ...base.phones[0]!, phone: '03-1234-5678' }] });
    expect(toPatchBody(base, values, 3)).toEqual({ phones: [{ phone: '03-1234-5678', label: '携帯', isPrimary: true }], version: 3 });
  });

  it.each([
    ['nothing changed in them', (a: PersonFormValues['accounts']) => a, undefined],
    ['a blank row added', (a: PersonFormValues['accounts']) => [...a, emptyAccount()], undefined],
    ['a handle re-typed with spaces around it', (a: PersonFormValues['accounts']) => [{ ...a[0]!, handle: ' hanako ' }], undefined],
    ['a handle changed', (a: PersonFormValues['accounts']) => [{ ...a[0]!, handle: 'hanako.y' }], [{ service: 'LINE', handle: 'hanako.y' }]],
    ['one added', (a: PersonFormValues['accounts']) => [...a, { ...emptyAccount(), service: 'Instagram', handle: 'hana' }], [{ service: 'LINE', handle: 'hanako' }, { service: 'Instagram', handle: 'hana' }]],
    ['the only one removed', () => [], []],
  ])('sends the accounts, as a whole, only when they changed: %s', (_, change, sent) => {
    const base = valuesFromPerson(person);
    const body = toPatchBody(base, edit(base, { accounts: change(base.accounts) }), 3);
    expect(body).toEqual(sent === undefined ? { version: 3 } : { accounts: sent, version: 3 });
  });

  it('sends only the custom values that changed, an emptied one as null', () => {
    const base = valuesFromPerson(person);
    const values = edit(base, { custom: { rank: 'gold', visits: null, memo: '常連' } });
    expect(changedFields(base, values)).toEqual(['custom']);
    expect(toPatchBody(base, values, 3)).toEqual({ custom: { visits: null, memo: '常連' }, version: 3 });
  });
});

describe('accountErrors', () => {
  const row = (service: string, handle: string) => ({ ...emptyAccount(), service, handle });
  it.each([
    ['no rows', [], {}],
    ['whole and blank rows', [row('LINE', 'hanako'), row(' ', '')], {}],
    ['a service without a handle', [row('LINE', 'hanako'), row('X', ' ')], { 'accounts.1.handle': '必須' }],
    ['a handle without a service', [row('', 'hanako')], { 'accounts.0.service': '必須' }],
  ])('marks the empty half of a half-filled row: %s', (_, accounts, errors) => {
    expect(accountErrors(accounts, '必須')).toEqual(errors);
  });
});

describe('rebase', () => {
  const base = valuesFromPerson(person);

  it('keeps what the user changed and takes the rest from the newer version', () => {
    const mine = edit(base, { city: '港区', interests: 'ゴルフ' });
    const theirs = edit(base, { memberNumber: 'A-100', interests: '日本酒' });
    const { values, conflicts } = rebase(base, mine, theirs);
    expect(values).toMatchObject({ city: '港区', memberNumber: 'A-100', interests: 'ゴルフ' });
    expect(conflicts).toEqual(['interests']);
  });

  it('carries custom values over one by one, and names a custom conflict as custom', () => {
    const mine = edit(base, { custom: { rank: 'silver', visits: 3 } });
    const theirs = edit(base, { custom: { rank: 'bronze', visits: 4 } });
    const { values, conflicts } = rebase(base, mine, theirs);
    expect(values.custom).toEqual({ rank: 'silver', visits: 4 });
    expect(conflicts).toEqual(['custom']);
  });

  it('reports no conflict where both made the same change', () => {
    const mine = edit(base, { city: '港区' });
    const { conflicts } = rebase(base, mine, edit(base, { city: '港区' }));
    expect(conflicts).toEqual([]);
    expect(changedFields(base, mine)).toEqual(['city']);
  });
});
