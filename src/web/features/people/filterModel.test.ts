import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../common/filters.ts';
import type { Field } from '../../../common/fields.ts';
import { dayOf, dayValue, filterFields, filterProblems, finishDraft, isComplete, newCondition, valueKind, withOp, type FilterField } from './filterModel.ts';

const field = (type: Field['type'], options: string[] = []): Field => ({
  fieldId: type, entityType: 'person', label: type, type, required: false, position: 0,
  options: options.map((id, i) => ({ optionId: id, label: id.toUpperCase(), color: null, position: i })),
});
const fields = filterFields([
  field('single_choice', ['gold', 'silver']), field('multiple_choice', ['a', 'b']), field('number'), field('currency'), field('date'), field('boolean'), field('text'), field('url'),
]);
const of = (key: string): FilterField => fields.find((f) => f.key === key)!;

describe('filterFields', () => {
  it.each<[string, string[]]>([
    ['lifecycleStage', ['in', 'neq']],
    ['prefecture', ['in', 'neq', 'empty', 'not_empty']],
    ['city', ['contains', 'eq', 'neq', 'empty', 'not_empty']],
    ['birthday', ['eq', 'gte', 'lte', 'gt', 'lt', 'empty', 'not_empty']],
    ['createdAt', ['gte', 'lt']],
    ['ownerUserId', ['eq', 'neq', 'empty', 'not_empty']],
    ['companyId', ['eq', 'neq', 'empty', 'not_empty']],
    ['tags', ['has_any', 'has_all', 'has_none']],
    ['custom.single_choice', ['has_any', 'has_none', 'empty', 'not_empty']],
    ['custom.multiple_choice', ['has_any', 'has_all', 'has_none', 'empty', 'not_empty']],
    ['custom.number', ['eq', 'gte', 'lte', 'gt', 'lt', 'empty', 'not_empty']],
    ['custom.currency', ['eq', 'gte', 'lte', 'gt', 'lt', 'empty', 'not_empty']],
    ['custom.date', ['eq', 'gte', 'lte', 'gt', 'lt', 'empty', 'not_empty']],
    ['custom.boolean', ['eq', 'empty', 'not_empty']],
    ['custom.text', ['contains', 'eq', 'neq', 'empty', 'not_empty']],
    ['custom.url', ['contains', 'eq', 'neq', 'empty', 'not_empty']],
  ])('%s takes the operators the server accepts', (key, ops) => {
    expect(of(key).ops).toEqual(ops);
  });

  it('offers the options of a choice field and the 47 prefectures', () => {
    expect(of('custom.single_choice').choices).toEqual(['gold', 'silver']);
    expect(of('prefecture').choices).toHaveLength(47);
  });
});

describe('valueKind', () => {
  it.each<[string, Condition['op'], string]>([
    ['lifecycleStage', 'in', 'choices'],
    ['lifecycleStage', 'neq', 'choice'],
    ['prefecture', 'empty', 'none'],
    ['custom.multiple_choice', 'has_all', 'choices'],
    ['custom.single_choice', 'not_empty', 'none'],
    ['createdAt', 'gte', 'day'],
    ['birthday', 'lt', 'date'],
    ['custom.number', 'gt', 'number'],
    ['custom.boolean', 'eq', 'boolean'],
    ['tags', 'has_none', 'tags'],
    ['ownerUserId', 'eq', 'member'],
    ['companyId', 'neq', 'company'],
    ['custom.text', 'contains', 'text'],
  ])('%s %s', (key, op, kind) => {
    expect(valueKind(of(key), op)).toBe(kind);
  });
});

describe('building a condition', () => {
  it.each<[string, Condition]>([
    ['lifecycleStage', { field: 'lifecycleStage', op: 'in', value: [] }],
    ['city', { field: 'city', op: 'contains', value: '' }],
    ['custom.boolean', { field: 'custom.boolean', op: 'eq', value: true }],
    ['custom.multiple_choice', { field: 'custom.multiple_choice', op: 'has_any', value: [] }],
  ])('a new condition on %s', (key, expected) => {
    expect(newCondition(of(key))).toEqual(expected);
  });

  it.each<[string, Condition, Condition['op'], Condition]>([
    ['keeps text from contains to eq', { field: 'city', op: 'contains', value: '渋谷' }, 'eq', { field: 'city', op: 'eq', value: '渋谷' }],
    ['drops the value for empty', { field: 'city', op: 'contains', value: '渋谷' }, 'empty', { field: 'city', op: 'empty' }],
    ['from several to one', { field: 'gender', op: 'in', value: ['male'] }, 'neq', { field: 'gender', op: 'neq', value: '' }],
    ['keeps options across has_any and has_none', { field: 'tags', op: 'has_any', value: ['VIP'] }, 'has_none', { field: 'tags', op: 'has_none', value: ['VIP'] }],
  ])('withOp %s', (_case, condition, op, expected) => {
    const key = condition.field === 'gender' ? 'gender' : condition.field;
    expect(withOp(condition, of(key), op)).toEqual(expected);
  });

  it.each<[string, Condition, boolean]>([
    ['text typed', { field: 'city', op: 'eq', value: '渋谷区' }, true],
    ['blank text', { field: 'city', op: 'eq', value: '  ' }, false],
    ['no options', { field: 'tags', op: 'has_any', value: [] }, false],
    ['a number', { field: 'custom.number', op: 'gt', value: 0 }, true],
    ['a number not typed', { field: 'custom.number', op: 'gt', value: '' }, false],
    ['empty needs nothing', { field: 'city', op: 'empty' }, true],
    ['no yes or no', { field: 'custom.boolean', op: 'eq', value: null }, false],
    ['no date', { field: 'createdAt', op: 'gte', value: '' }, false],
  ])('isComplete: %s', (_case, condition, expected) => {
    expect(isComplete(condition, of(condition.field))).toBe(expected);
  });
});

describe('finishDraft', () => {
  it('sends text trimmed, and no filter for no conditions', () => {
    expect(finishDraft({ match: 'any', conditions: [{ field: 'city', op: 'contains', value: ' 渋谷 ' }] }, fields)).toEqual({
      ok: true, filter: { match: 'any', conditions: [{ field: 'city', op: 'contains', value: '渋谷' }] },
    });
    expect(finishDraft({ match: 'all', conditions: [] }, fields)).toEqual({ ok: true, filter: null });
  });

  it('names the unfinished conditions and those on fields gone', () => {
    const draft = { match: 'all' as const, conditions: [
      { field: 'city', op: 'empty' as const }, { field: 'tags', op: 'has_any' as const, value: [] }, { field: 'custom.gone', op: 'empty' as const },
    ] };
    expect(finishDraft(draft, fields)).toEqual({ ok: false, unfinished: [1, 2] });
  });
});

describe('days', () => {
  it('a day is midnight in Tokyo, and back', () => {
    expect(dayValue('2025-04-01')).toBe('2025-04-01T00:00:00+09:00');
    expect(dayOf('2025-04-01T00:00:00+09:00')).toBe('2025-04-01');
    expect(dayValue('')).toBe('');
    expect(dayOf('2025-04-01T12:00:00Z')).toBe('');
    expect(dayOf(5)).toBe('');
  });
});

describe('filterProblems', () => {
  it('sorts the server messages by condition', () => {
    expect(filterProblems([
      { field: 'querystring.filter.conditions.1.value', code: 'filter_value', message: 'bad value' },
      { field: 'querystring.filter.conditions.1.op', code: 'filter_op', message: 'second' },
      { field: 'querystring.filter.conditions.10.field', code: 'filter_field', message: 'bad field' },
      { field: 'querystring.filter', code: 'filter_json', message: 'not a filter' },
      { field: 'querystring.sort', code: 'x', message: 'not about the filter' },
    ])).toEqual({ byCondition: { 1: 'bad value', 10: 'bad field' }, other: ['not a filter'] });
  });
});
