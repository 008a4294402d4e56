import { describe, expect, it } from 'vitest';
import { customFieldOf, moveColumn, readColumns, sameColumns, toggleColumn } from './columns.ts';

describe('readColumns', () => {
  const fields = new Set(['f1', 'f2']);
  it.each<[string, unknown, string[] | null]>([
    ['known columns in their order', ['tags', 'email', 'custom.f2'], ['tags', 'email', 'custom.f2']],
    ['unknown and repeated ones dropped', ['email', 'nope', 'email', 42, 'custom.gone', 'custom.f1'], ['email', 'custom.f1']],
    ['the name is no column', ['familyName', 'email'], ['email']],
    ['nothing usable', ['nope'], null],
    ['not a list', 'email', null],
    ['nothing stored', null, null],
  ])('%s', (_case, stored, expected) => {
    expect(readColumns(stored, fields)).toEqual(expected);
  });

  it('keeps every custom column while the fields are not known yet', () => {
    expect(readColumns(['custom.gone', 'custom.', 'email'], null)).toEqual(['custom.gone', 'email']);
  });
});

describe('choosing columns', () => {
  it.each<[string, string, string[]]>([
    ['turns one on at the end', 'tags', ['email', 'phone', 'tags']],
    ['turns one off', 'email', ['phone']],
  ])('toggleColumn %s', (_case, column, expected) => {
    expect(toggleColumn(['email', 'phone'], column)).toEqual(expected);
  });

  it.each<[string, string, -1 | 1, string[]]>([
    ['left', 'phone', -1, ['phone', 'email', 'tags']],
    ['right', 'phone', 1, ['email', 'tags', 'phone']],
    ['the first stays first', 'email', -1, ['email', 'phone', 'tags']],
    ['one not shown', 'city', 1, ['email', 'phone', 'tags']],
  ])('moveColumn %s', (_case, column, delta, expected) => {
    expect(moveColumn(['email', 'phone', 'tags'], column, delta)).toEqual(expected);
  });

  it('names the custom field of a column', () => {
    expect(customFieldOf('custom.f1')).toBe('f1');
    expect(customFieldOf('email')).toBeNull();
  });

  it('compares order too', () => {
    expect(sameColumns(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameColumns(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameColumns(['a'], ['a', 'b'])).toBe(false);
  });
});
