import { describe, expect, it } from 'vitest';
import type { Person } from '../../../common/people.ts';
import { defaultChoices, mergeRequest, MERGE_GROUPS, olderSide, type Choices, type Side } from './mergeChoices.ts';

const base: Person = {
  personId: 'a', version: 1, displayName: '山田　花子',
  familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ',
  emails: [], phones: [], birthday: '1990-04-01', age: 35, gender: 'female',
  postalCode: '150-0041', prefecture: '東京都', city: '渋谷区', addressLine: '神南1-2-3', building: null,
  companyId: null, companyName: null, jobTitle: null, department: null,
  memberNumber: null, preferredChannel: null, source: null, ownerUserId: null,
  lifecycleStage: 'prospect', lifecycleChangedAt: '2025-01-01T00:00:00.000Z',
  familyNotes: null, interests: null, tags: [], accounts: [], lifecycleHistory: [], custom: {}, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
};
const older = base;
const newer = (change: Partial<Person>): Person => ({ ...base, personId: 'b', createdAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z', ...change });

describe('defaultChoices', () => {
  it.each<[string, Partial<Person>, Choices]>([
    ['nothing differs: nothing to choose', {}, {}],
    ['the newer value where both have one', { givenName: 'はな子' }, { name: 'b' }],
    ['the older value where the newer has none', { birthday: null }, { birthday: 'a' }],
    ['the newer value where the older has none', { memberNumber: 'M-001' }, { memberNumber: 'b' }],
    ['an address as a whole, even when only the building differs', { building: 'ハイツ101' }, { address: 'b' }],
    ['a blank address part is no value: the newer address without its 番地 still wins', { addressLine: null, building: 'ハイツ101' }, { address: 'b' }],
    ['several fields each on their own', { familyNameKana: null, givenNameKana: null, lifecycleStage: 'customer', city: '港区' }, { kana: 'a', lifecycleStage: 'b', address: 'b' }],
  ])('%s', (_name, change, expected) => {
    expect(defaultChoices(older, newer(change))).toEqual(expected);
    // The same whichever record is shown first.
    const swapped = Object.fromEntries(Object.entries(expected).map(([k, side]) => [k, side === 'a' ? 'b' : 'a']));
    expect(defaultChoices(newer(change), older)).toEqual(swapped);
  });

  it('takes the record edited last as the newer one, whenever it was created', () => {
    const editedLater = { ...base, givenName: '花江', updatedAt: '2025-09-01T00:00:00.000Z' };
    expect(defaultChoices(editedLater, newer({}))).toEqual({ name: 'a' });
  });
});

describe('mergeRequest', () => {
  const b = newer({ givenName: 'はな子', postalCode: '160-0022', prefecture: '東京都', city: '新宿区', addressLine: '新宿3-1', building: 'ビル5F' });

  it.each<[Side, Choices, object]>([
    ['a', { name: 'b', address: 'a' }, {
      survivorId: 'a', mergedId: 'b',
      fields: { familyName: 'merged', givenName: 'merged', postalCode: 'survivor', prefecture: 'survivor', city: 'survivor', addressLine: 'survivor', building: 'survivor' },
    }],
    ['b', { name: 'b', address: 'a' }, {
      survivorId: 'b', mergedId: 'a',
      fields: { familyName: 'survivor', givenName: 'survivor', postalCode: 'merged', prefecture: 'merged', city: 'merged', addressLine: 'merged', building: 'merged' },
    }],
    ['a', {}, { survivorId: 'a', mergedId: 'b', fields: {} }],
  ])('survivor %s with %j', (survivor, choices, expected) => {
    expect(mergeRequest(older, b, survivor, choices)).toEqual(expected);
  });

  it('names only fields the server merges', () => {
    const all = Object.fromEntries(MERGE_GROUPS.map((g) => [g.key, 'b' as Side]));
    const fields = Object.keys(mergeRequest(older, b, 'a', all).fields ?? {});
    expect(fields).toHaveLength(MERGE_GROUPS.flatMap((g) => g.fields).length);
    expect(fields).not.toContain('ownerUserId');
  });
});

describe('olderSide', () => {
  it('keeps the record that was there first', () => {
    expect(olderSide(older, newer({}))).toBe('a');
    expect(olderSide(newer({}), older)).toBe('b');
  });
});
