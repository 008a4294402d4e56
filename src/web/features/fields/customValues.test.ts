import { describe, expect, it } from 'vitest';
import type { Field } from '../../../common/fields.ts';
import {
  apiValue, changedCustom, chosenOptions, customCreateBody, customFormValues, customPatchBody, customText, rebaseCustom, requiredErrors, type CustomValue,
} from './customValues.ts';

const field = (type: Field['type'], extra: Partial<Field> = {}): Field => ({
  fieldId: type, entityType: 'person', label: type, type, required: false, position: 0,
  options: [
    { optionId: 'g', label: 'ゴールド', color: '#fab005', position: 0 },
    { optionId: 's', label: 'シルバー', color: null, position: 1 },
  ],
  ...extra,
});

describe('apiValue', () => {
  it.each<[string, CustomValue | undefined, CustomValue]>([
    ['text trimmed', ' 辛口 ', '辛口'],
    ['blank text is none', '  ', null],
    ['no options is none', [], null],
    ['options kept', ['g'], ['g']],
    ['zero kept', 0, 0],
    ['no kept', false, false],
    ['missing', undefined, null],
  ])('%s', (_case, value, expected) => {
    expect(apiValue(value)).toEqual(expected);
  });
});

describe('create and edit', () => {
  it('a create sends what was filled in, or nothing', () => {
    expect(customCreateBody({ a: ' x ', b: '', c: [], d: 3, e: false })).toEqual({ a: 'x', d: 3, e: false });
    expect(customCreateBody({ a: '', b: null })).toBeUndefined();
  });

  it('an edit sends the changed values, an emptied one as null', () => {
    const base = { a: 'x', b: 5, c: ['g'] };
    expect(customPatchBody(base, { a: 'x ', b: '', c: ['g', 's'], d: true })).toEqual({ b: null, c: ['g', 's'], d: true });
    expect(customPatchBody(base, { ...base })).toBeUndefined();
    expect(changedCustom({ a: '' }, { a: null })).toEqual([]);
  });

  it('reads a record, leaving out what no input could hold', () => {
    expect(customFormValues({ a: 'x', b: 1, c: ['g'], d: { nested: true }, e: [1] })).toEqual({ a: 'x', b: 1, c: ['g'] });
  });
});

describe('rebaseCustom', () => {
  it('keeps mine where I changed, theirs elsewhere, and names both-changed fields', () => {
    const base = { a: '1', b: '1', c: '1' };
    const mine = { a: '2', b: '1', c: '2' };
    const theirs = { a: '1', b: '3', c: '3', d: 'new' };
    expect(rebaseCustom(base, mine, theirs)).toEqual({ values: { a: '2', b: '3', c: '2', d: 'new' }, conflicts: ['c'] });
  });

  it('the same change on both sides is no conflict', () => {
    expect(rebaseCustom({ a: '1' }, { a: '2' }, { a: '2' }).conflicts).toEqual([]);
  });
});

describe('requiredErrors', () => {
  it('marks required fields left empty', () => {
    const fields = [field('text', { fieldId: 'r', required: true }), field('number', { fieldId: 'n', required: true }), field('text', { fieldId: 'o' })];
    expect(requiredErrors(fields, { r: ' ', n: 0 }, 'required')).toEqual({ 'custom.r': 'required' });
  });
});

describe('customText', () => {
  const formats = { number: (n: number) => n.toLocaleString('ja-JP'), yen: (n: number) => `${n.toLocaleString('ja-JP')} 円`, date: (d: string) => d.replace(/-/g, '/'), yes: 'はい', no: 'いいえ', separator: '、' };
  it.each<[string, Field, unknown, string]>([
    ['a single choice by its label', field('single_choice'), 's', 'シルバー'],
    ['several choices in the field order', field('multiple_choice'), ['s', 'g', 'gone'], 'ゴールド、シルバー'],
    ['a number', field('number'), 12345.5, '12,345.5'],
    ['yen', field('currency'), 3000, '3,000 円'],
    ['a date', field('date'), '2025-04-01', '2025/04/01'],
    ['yes', field('boolean'), true, 'はい'],
    ['no', field('boolean'), false, 'いいえ'],
    ['text', field('text'), '辛口', '辛口'],
    ['nothing', field('text'), null, ''],
    ['a number stored as text', field('number'), '5', ''],
  ])('%s', (_case, f, value, expected) => {
    expect(customText(f, value, formats)).toBe(expected);
  });

  it('chosenOptions leaves out options merged away', () => {
    expect(chosenOptions(field('single_choice'), 'gone')).toEqual([]);
  });
});
