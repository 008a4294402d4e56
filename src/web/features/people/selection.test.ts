import { describe, expect, it } from 'vitest';
import { bulkTarget, hasSelection, isSelected, loadedState, NOTHING, selectedCount, toggleLoaded, toggleOne, type Selection } from './selection.ts';

const ids = (...list: string[]): Selection => ({ kind: 'ids', ids: new Set(list) });
const loaded = ['a', 'b', 'c'];

describe('selection', () => {
  it.each<[string, Selection, string, string[]]>([
    ['ticks a row', NOTHING, 'b', ['b']],
    ['unticks a row', ids('a', 'b'), 'a', ['b']],
    ['unticking one of all matching keeps the other loaded rows', { kind: 'matching' }, 'b', ['a', 'c']],
  ])('toggleOne %s', (_case, selection, id, expected) => {
    const next = toggleOne(selection, id, loaded);
    expect(next.kind).toBe('ids');
    expect(loaded.filter((x) => isSelected(next, x))).toEqual(expected);
  });

  it.each<[string, Selection, string[]]>([
    ['ticks all loaded rows', ids('a'), ['a', 'b', 'c']],
    ['unticks them when all are ticked', ids('a', 'b', 'c'), []],
    ['unticks all matching', { kind: 'matching' }, []],
  ])('toggleLoaded %s', (_case, selection, expected) => {
    const next = toggleLoaded(selection, loaded);
    expect(loaded.filter((x) => isSelected(next, x))).toEqual(expected);
  });

  it.each<[string, Selection, 'all' | 'some' | 'none']>([
    ['none', NOTHING, 'none'],
    ['some', ids('b'), 'some'],
    ['all', ids('a', 'b', 'c', 'z'), 'all'],
    ['all matching', { kind: 'matching' }, 'all'],
  ])('loadedState %s', (_case, selection, expected) => {
    expect(loadedState(selection, loaded)).toBe(expected);
  });

  it('knows whether anyone is selected', () => {
    expect(hasSelection(NOTHING)).toBe(false);
    expect(hasSelection(ids('a'))).toBe(true);
    expect(hasSelection({ kind: 'matching' })).toBe(true);
  });

  it('counts ticked rows, or the matching people once known', () => {
    expect(selectedCount(ids('a', 'b'), 500)).toBe(2);
    expect(selectedCount({ kind: 'matching' }, 12345)).toBe(12345);
    expect(selectedCount({ kind: 'matching' }, null)).toBeNull();
  });
});

describe('bulkTarget', () => {
  const filter = { match: 'all' as const, conditions: [{ field: 'tags', op: 'has_any' as const, value: ['VIP'] }] };
  it.each<[string, Selection, Parameters<typeof bulkTarget>[1], ReturnType<typeof bulkTarget>]>([
    ['ticked rows by id', ids('a', 'b'), { q: '山田', filter, sort: 'kana' }, { personIds: ['a', 'b'] }],
    ['all matching by the list search and filter', { kind: 'matching' }, { q: '山田', filter, sort: 'kana' }, { matching: { q: '山田', filter } }],
    ['all matching of a plain list', { kind: 'matching' }, { q: '', filter: null, sort: 'newest' }, { matching: {} }],
  ])('%s', (_case, selection, setup, expected) => {
    expect(bulkTarget(selection, setup)).toEqual(expected);
  });
});
