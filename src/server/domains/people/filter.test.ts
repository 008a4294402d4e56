import { describe, expect, it } from 'vitest';
import { compilePeopleFilter } from './filter.ts';
import type { Field } from '../../../common/fields.ts';

const choice: Field = { fieldId: '01900000-0000-7000-8000-0000000000c1', entityType: 'person', label: '好み', type: 'multiple_choice', required: false, position: 0,
  options: [{ optionId: 'a', label: 'A', color: null, position: 0 }, { optionId: 'b', label: 'B', color: null, position: 1 }] };
const amount: Field = { ...choice, fieldId: '01900000-0000-7000-8000-0000000000c2', type: 'currency', options: [] };
const compile = (conditions: unknown[]) => compilePeopleFilter({ match: 'all', conditions: conditions as never }, [choice, amount]);

describe('compilePeopleFilter', () => {
  it.each([
    [{ field: 'prefecture', op: 'eq', value: '東京都' }, { kind: 'column', column: 'prefecture', op: 'eq', value: '東京都' }],
    [{ field: 'lifecycleStage', op: 'in', value: ['customer'] }, { kind: 'column_in', column: 'lifecycle_stage', values: ['customer'] }],
    [{ field: 'birthday', op: 'gte', value: '1980-01-01' }, { kind: 'column', column: 'birthday', op: 'gte', value: '1980-01-01' }],
    [{ field: 'tags', op: 'has_all', value: ['VIP', 'ｼﾞｮｳﾚﾝ'] }, { kind: 'tags', op: 'has_all', keys: ['vip', 'じょうれん'] }],
    [{ field: `custom.${choice.fieldId}`, op: 'has_any', value: ['a'] }, { kind: 'custom_has', fieldId: choice.fieldId, op: 'has_any', values: ['a'], multiple: true }],
    [{ field: `custom.${amount.fieldId}`, op: 'lt', value: 5000 }, { kind: 'custom_cmp', fieldId: amount.fieldId, op: 'lt', value: 5000, numeric: true }],
    [{ field: 'city', op: 'empty' }, { kind: 'column_empty', column: 'city', empty: true }],
  ])('%j', (condition, predicate) => {
    const r = compile([condition]);
    expect(r).toEqual({ ok: true, match: 'all', predicates: [predicate] });
  });

  it.each([
    [{ field: 'password_hash', op: 'eq', value: 'x' }, 'field', 'filter_field'],
    [{ field: 'workspace_id', op: 'eq', value: 'x' }, 'field', 'filter_field'],
    [{ field: 'prefecture', op: 'gt', value: 'a' }, 'op', 'filter_op'],
    [{ field: 'birthday', op: 'eq', value: '1980/01/01' }, 'value', 'filter_value'],
    [{ field: 'ownerUserId', op: 'eq', value: "x' or 1=1 --" }, 'value', 'filter_value'],
    [{ field: `custom.${choice.fieldId}`, op: 'has_any', value: ['zzz'] }, 'value', 'filter_value'],
    [{ field: `custom.${choice.fieldId}`, op: 'gt', value: 1 }, 'op', 'filter_op'],
    [{ field: `custom.${amount.fieldId}`, op: 'gt', value: '5000' }, 'value', 'filter_value'],
    [{ field: 'custom.01900000-0000-7000-8000-000000000999', op: 'empty' }, 'field', 'filter_field'],
  ])('refuses %j on .%s', (condition, part, code) => {
    const r = compile([condition]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ field: `filter.conditions.0.${part}`, code })]);
  });
});
