import { describe, expect, it } from 'vitest';
import { mergedValues } from './merge.ts';

const survivor = { family_name: '山田', given_name: '花子', birthday: null, city: '渋谷区', family_notes: null, custom: { f1: 'A', f2: ['x'] } };
const merged = { family_name: '山田', given_name: 'はな子', birthday: '1985-05-05', city: '新宿区', family_notes: '娘さんが高校生', custom: { f2: ['y'], f3: 10 } };

describe('mergedValues', () => {
  it.each([
    ['keeps the survivor’s value by default', {}, 'city', '渋谷区'],
    ['fills an empty survivor field from the other', {}, 'birthday', '1985-05-05'],
    ['takes the other’s value when chosen', { city: 'merged' as const }, 'city', '新宿区'],
    ['keeps the survivor’s empty value when chosen so', { familyNotes: 'survivor' as const }, 'family_notes', null],
  ])('%s', (_what, choices, column, value) => {
    expect(mergedValues(survivor, merged, choices)[column]).toEqual(value);
  });

  it('keeps every custom value, the survivor’s winning where both have one', () => {
    expect(mergedValues(survivor, merged, {}).custom).toEqual({ f1: 'A', f2: ['x'], f3: 10 });
  });
});
