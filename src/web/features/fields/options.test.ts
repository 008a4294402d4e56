import { describe, expect, it } from 'vitest';
import type { Field } from '../../../common/fields.ts';
import { filterOptions, moveItem, parseOptionLines, replaceField, visibleRange } from './options.ts';

describe('parseOptionLines', () => {
  it.each<[string, string, string[], string[], string[]]>([
    ['one per line, trimmed, blanks dropped', ' 赤 \n\n青\r\n  \n緑', [], ['赤', '青', '緑'], []],
    ['a repeat within the text', '赤\n青\n赤', [], ['赤', '青'], ['赤']],
    ['a label already an option', '赤\n黄', ['赤'], ['黄'], ['赤']],
    ['full-width and case make no difference', 'ＡＢＣ\nabc\nAbc', ['Def'], ['ＡＢＣ'], ['abc', 'Abc']],
    ['nothing typed', '\n \n', [], [], []],
  ])('%s', (_case, text, existing, labels, repeated) => {
    expect(parseOptionLines(text, existing)).toEqual({ labels, repeated });
  });
});

describe('moveItem', () => {
  it.each<[string, number, -1 | 1, string[] | null]>([
    ['up', 1, -1, ['b', 'a', 'c']],
    ['down', 1, 1, ['a', 'c', 'b']],
    ['the first cannot go up', 0, -1, null],
    ['the last cannot go down', 2, 1, null],
    ['outside the list', 5, -1, null],
  ])('%s', (_case, index, delta, expected) => {
    expect(moveItem(['a', 'b', 'c'], index, delta)).toEqual(expected);
  });

  it('leaves the list it was given as it was', () => {
    const items = ['a', 'b'];
    moveItem(items, 0, 1);
    expect(items).toEqual(['a', 'b']);
  });
});

describe('visibleRange', () => {
  it.each<[string, number, number, number, { start: number; end: number }]>([
    ['the top of a long list', 0, 400, 500, { start: 0, end: 15 }],
    ['scrolled to the middle', 4000, 400, 500, { start: 95, end: 115 }],
    ['the end of the list', 19_800, 400, 500, { start: 490, end: 500 }],
    ['a list shorter than the view', 0, 400, 3, { start: 0, end: 3 }],
    ['an empty list', 0, 400, 0, { start: 0, end: 0 }],
    ['overscrolled above the top (iOS bounce)', -60, 400, 500, { start: 0, end: 15 }],
  ])('%s', (_case, scrollTop, height, count, expected) => {
    expect(visibleRange(scrollTop, height, 40, count, 5)).toEqual(expected);
  });
});

describe('filterOptions', () => {
  const options = [{ label: '東京本社' }, { label: 'Osaka' }, { label: 'ｵｵｻｶ' }];
  it.each<[string, string, string[]]>([
    ['no query keeps all', '  ', ['東京本社', 'Osaka', 'ｵｵｻｶ']],
    ['part of a label', '本社', ['東京本社']],
    ['case does not matter', 'osa', ['Osaka']],
    ['half-width kana found by full-width', 'オオ', ['ｵｵｻｶ']],
  ])('%s', (_case, query, expected) => {
    expect(filterOptions(options, query).map((o) => o.label)).toEqual(expected);
  });
});

describe('replaceField', () => {
  const field = (fieldId: string, label: string): Field => ({ fieldId, label, entityType: 'person', type: 'text', required: false, position: 0, options: [] });
  it('puts the edited field in its place', () => {
    expect(replaceField([field('a', 'A'), field('b', 'B')], field('b', 'B2'))?.map((f) => f.label)).toEqual(['A', 'B2']);
  });
  it('leaves a list not yet loaded alone', () => {
    expect(replaceField(undefined, field('a', 'A'))).toBeUndefined();
  });
});
