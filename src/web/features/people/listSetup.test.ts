import { describe, expect, it } from 'vitest';
import type { Filter } from '../../../common/filters.ts';
import { filterParam, parseFilter, readSetup, sameSetup, setupOfView, viewDefinition, writeSetup } from './listSetup.ts';

const stage: Filter = { match: 'all', conditions: [{ field: 'lifecycleStage', op: 'in', value: ['customer'] }] };

describe('parseFilter', () => {
  it.each<[string, string | null, Filter | null]>([
    ['a filter', JSON.stringify(stage), stage],
    ['match defaults to all', '{"conditions":[{"field":"tags","op":"has_any","value":["VIP"]}]}', { match: 'all', conditions: [{ field: 'tags', op: 'has_any', value: ['VIP'] }] }],
    ['any is kept', '{"match":"any","conditions":[{"field":"city","op":"empty"}]}', { match: 'any', conditions: [{ field: 'city', op: 'empty' }] }],
    ['no parameter', null, null],
    ['not JSON', '{match', null],
    ['no conditions is no filter', '{"match":"all","conditions":[]}', null],
    ['an unknown operator', '{"conditions":[{"field":"city","op":"like","value":"x"}]}', null],
    ['a condition without a field', '{"conditions":[{"op":"empty"}]}', null],
    ['an unknown match', '{"match":"some","conditions":[{"field":"city","op":"empty"}]}', null],
    ['an array', '[1]', null],
  ])('%s', (_case, json, expected) => {
    expect(parseFilter(json)).toEqual(expected);
  });
});

describe('readSetup and writeSetup', () => {
  it.each<[string, string, ReturnType<typeof readSetup>]>([
    ['a plain list', '', { q: '', filter: null, sort: 'newest', viewId: null }],
    ['everything', `q=%20山田%20&sort=kana&view=v1&filter=${encodeURIComponent(JSON.stringify(stage))}`, { q: '山田', filter: stage, sort: 'kana', viewId: 'v1' }],
    ['an unknown sort is the default one', 'sort=random', { q: '', filter: null, sort: 'newest', viewId: null }],
  ])('%s', (_case, search, expected) => {
    expect(readSetup(new URLSearchParams(search))).toEqual(expected);
  });

  it.each<[string, string, Parameters<typeof writeSetup>[1], string]>([
    ['sets a sort, keeping the rest', 'q=a&view=v1', { sort: 'updated' }, 'q=a&view=v1&sort=updated'],
    ['the default sort leaves the address', 'sort=kana', { sort: 'newest' }, ''],
    ['a blank search leaves the address', 'q=a&sort=kana', { q: '  ' }, 'sort=kana'],
    ['no filter leaves the address', `filter=x&q=a`, { filter: null }, 'q=a'],
    ['a filter without conditions too', `filter=x`, { filter: { match: 'any', conditions: [] } }, ''],
    ['leaving a view', 'view=v1&q=a', { viewId: null }, 'q=a'],
    ['a filter as JSON', '', { filter: stage }, `filter=${encodeURIComponent(JSON.stringify(stage)).replace(/%20/g, '+')}`],
  ])('%s', (_case, search, patch, expected) => {
    const params = new URLSearchParams(search);
    expect(writeSetup(params, patch).toString()).toBe(new URLSearchParams(expected).toString());
    expect(params.toString()).toBe(new URLSearchParams(search).toString());
  });

  it('reads back what it wrote', () => {
    const setup = { q: '山田', filter: stage, sort: 'activity' as const, viewId: 'v2' };
    expect(readSetup(writeSetup(new URLSearchParams(), setup))).toEqual(setup);
  });
});

describe('views', () => {
  it('a view opens as the setup it stored, and stores the setup on screen', () => {
    const setup = { q: '山田', filter: stage, sort: 'kana' as const };
    const definition = viewDefinition(setup, ['email', 'custom.f1']);
    expect(definition).toEqual({ q: '山田', filter: stage, sort: 'kana', columns: ['email', 'custom.f1'] });
    expect(setupOfView(definition)).toEqual(setup);
  });

  it('an empty view is the plain list', () => {
    expect(setupOfView({})).toEqual({ q: '', filter: null, sort: 'newest' });
    expect(viewDefinition({ q: '', filter: null, sort: 'newest' }, [])).toEqual({ sort: 'newest', columns: [] });
  });

  it.each<[string, boolean, Partial<Parameters<typeof sameSetup>[1]>]>([
    ['the same', true, {}],
    ['a search with spaces around it', true, { q: ' 山田 ' }],
    ['another sort', false, { sort: 'updated' }],
    ['another filter', false, { filter: null }],
    ['another search', false, { q: '田中' }],
  ])('sameSetup: %s', (_case, expected, change) => {
    const setup = { q: '山田', filter: stage, sort: 'kana' as const };
    expect(sameSetup(setup, { ...setup, ...change })).toBe(expected);
  });

  it('filterParam leaves out an empty filter', () => {
    expect(filterParam(null)).toBeUndefined();
    expect(filterParam({ match: 'all', conditions: [] })).toBeUndefined();
    expect(JSON.parse(filterParam(stage)!)).toEqual(stage);
  });
});
