// The filter builder's rules, pure: which fields the people list may be filtered by, with which operators
// and what kind of value each takes. They follow what the server accepts (src/server/domains/people/
// filter.ts); the server still checks, and its word on a condition is shown under that condition.
import type { Condition, Filter } from '../../../common/filters.ts';
import type { Field } from '../../../common/fields.ts';
import type { FieldProblem } from '../../app/problem.ts';
import { CHANNELS, GENDERS, PREFECTURES, STAGES } from './options.ts';

export type Op = Condition['op'];
/** The input a condition's value is typed into. `day` is a date standing for midnight in Tokyo (timestamps). */
export type ValueKind = 'none' | 'text' | 'number' | 'date' | 'day' | 'choices' | 'choice' | 'tags' | 'member' | 'company' | 'boolean';
/** How the operators read: `gte` is 以上 for a number, 以降 for a date. */
export type OpWording = 'text' | 'number' | 'date' | 'set' | 'multi' | 'ref';
type BaseKind = 'enum' | 'text' | 'number' | 'date' | 'day' | 'options' | 'tags' | 'member' | 'company' | 'boolean';

export interface FilterField {
  /** As a condition names it: a built-in field, or `custom.<fieldId>`. */
  key: string;
  /** The custom field, for its label and options; null for a built-in one. */
  custom: Field | null;
  ops: readonly Op[];
  wording: OpWording;
  base: BaseKind;
  /** What may be chosen: a closed list's values, or a choice field's option ids. */
  choices: readonly string[];
}

const TEXT_OPS: Op[] = ['contains', 'eq', 'neq', 'empty', 'not_empty'];
const COMPARE_OPS: Op[] = ['eq', 'gte', 'lte', 'gt', 'lt', 'empty', 'not_empty'];
const SET_OPS: Op[] = ['in', 'neq', 'empty', 'not_empty'];
const REF_OPS: Op[] = ['eq', 'neq', 'empty', 'not_empty'];

const builtIn = (key: string, base: BaseKind, ops: Op[], wording: OpWording, choices: readonly string[] = []): FilterField => ({
  key, custom: null, ops, wording, base, choices,
});

/** In the order the picker lists them: what an office filters by most often first. */
export const BUILT_IN_FILTERS: readonly FilterField[] = [
  // Every person has a stage, so "not recorded" would find no one.
  builtIn('lifecycleStage', 'enum', ['in', 'neq'], 'set', STAGES),
  builtIn('tags', 'tags', ['has_any', 'has_all', 'has_none'], 'multi'),
  builtIn('ownerUserId', 'member', REF_OPS, 'ref'),
  builtIn('prefecture', 'enum', SET_OPS, 'set', PREFECTURES),
  builtIn('city', 'text', TEXT_OPS, 'text'),
  builtIn('companyId', 'company', REF_OPS, 'ref'),
  builtIn('jobTitle', 'text', TEXT_OPS, 'text'),
  builtIn('source', 'text', TEXT_OPS, 'text'),
  builtIn('preferredChannel', 'enum', SET_OPS, 'set', CHANNELS),
  builtIn('gender', 'enum', SET_OPS, 'set', GENDERS),
  builtIn('birthday', 'date', COMPARE_OPS, 'date'),
  // Timestamps: from a day on, or before a day; the server compares them to the instant, not the day.
  builtIn('createdAt', 'day', ['gte', 'lt'], 'date'),
  builtIn('updatedAt', 'day', ['gte', 'lt'], 'date'),
  // Purchase figures (kept by the server as orders arrive); someone who never bought has count and spend 0.
  builtIn('purchaseCount', 'number', ['gte', 'lte', 'eq', 'gt', 'lt'], 'number'),
  builtIn('totalSpend', 'number', ['gte', 'lte', 'gt', 'lt'], 'number'),
  builtIn('lastPurchaseAt', 'day', ['gte', 'lt', 'empty', 'not_empty'], 'date'),
  builtIn('firstPurchaseAt', 'day', ['gte', 'lt', 'empty', 'not_empty'], 'date'),
  builtIn('rfmR', 'number', ['gte', 'lte', 'eq'], 'number'),
  builtIn('rfmF', 'number', ['gte', 'lte', 'eq'], 'number'),
  builtIn('rfmM', 'number', ['gte', 'lte', 'eq'], 'number'),
];

function customFilter(field: Field): FilterField {
  const of = (base: BaseKind, ops: Op[], wording: OpWording): FilterField => ({
    key: `custom.${field.fieldId}`, custom: field, ops, wording, base, choices: field.options.map((o) => o.optionId),
  });
  switch (field.type) {
    case 'single_choice':
      return of('options', ['has_any', 'has_none', 'empty', 'not_empty'], 'set');
    case 'multiple_choice':
      return of('options', ['has_any', 'has_all', 'has_none', 'empty', 'not_empty'], 'multi');
    case 'number':
    case 'currency':
      return of('number', COMPARE_OPS, 'number');
    case 'date':
      return of('date', COMPARE_OPS, 'date');
    case 'boolean':
      return of('boolean', ['eq', 'empty', 'not_empty'], 'ref');
    default:
      return of('text', TEXT_OPS, 'text');
  }
}

/** Everything the list can be filtered by: the built-in fields, then the workspace's custom fields. */
export function filterFields(customFields: readonly Field[]): FilterField[] {
  return [...BUILT_IN_FILTERS, ...customFields.map(customFilter)];
}

export function valueKind(field: FilterField, op: Op): ValueKind {
  if (op === 'empty' || op === 'not_empty') return 'none';
  switch (field.base) {
    case 'enum':
      return op === 'in' ? 'choices' : 'choice';
    case 'options':
      return 'choices';
    default:
      return field.base;
  }
}

function emptyValue(kind: ValueKind): unknown {
  if (kind === 'choices' || kind === 'tags') return [];
  if (kind === 'boolean') return true;
  return kind === 'none' ? undefined : '';
}

const conditionOf = (field: string, op: Op, value: unknown): Condition => (value === undefined ? { field, op } : { field, op, value });

/** A condition just added: the field's first operator, nothing chosen yet. */
export function newCondition(field: FilterField): Condition {
  const op = field.ops[0]!;
  return conditionOf(field.key, op, emptyValue(valueKind(field, op)));
}

/** The condition with another operator; the value stays when it still fits (contains → eq keeps the text). */
export function withOp(condition: Condition, field: FilterField, op: Op): Condition {
  const same = valueKind(field, condition.op) === valueKind(field, op);
  return conditionOf(condition.field, op, same ? condition.value : emptyValue(valueKind(field, op)));
}

/** Whether the condition has what its operator needs; an unfinished one is not sent. */
export function isComplete(condition: Condition, field: FilterField): boolean {
  const value = condition.value;
  switch (valueKind(field, condition.op)) {
    case 'none':
      return true;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'choices':
    case 'tags':
      return Array.isArray(value) && value.length > 0;
    default:
      return typeof value === 'string' && value.trim() !== '';
  }
}

const DAY = /^(\d{4}-\d{2}-\d{2})T00:00:00\+09:00$/;
/** A day as the instant it starts in Tokyo, which the server compares timestamps with. */
export const dayValue = (date: string): string => (date ? `${date}T00:00:00+09:00` : '');
/** The day a timestamp condition stands for, for the date input; '' for anything else. */
export const dayOf = (value: unknown): string => (typeof value === 'string' ? (DAY.exec(value)?.[1] ?? '') : '');

/**
 * The builder's draft as it is to be applied, or the indexes of the conditions still unfinished (and of
 * those on fields that no longer exist). Text is sent trimmed.
 */
export function finishDraft(draft: Filter, fields: readonly FilterField[]): { ok: true; filter: Filter | null } | { ok: false; unfinished: number[] } {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const unfinished = draft.conditions.flatMap((c, i) => {
    const field = byKey.get(c.field);
    return field && isComplete(c, field) ? [] : [i];
  });
  if (unfinished.length > 0) return { ok: false, unfinished };
  const conditions = draft.conditions.map((c) => (typeof c.value === 'string' ? { ...c, value: c.value.trim() } : c));
  return { ok: true, filter: conditions.length > 0 ? { match: draft.match, conditions } : null };
}

/**
 * The server's refusal of a filter, sorted: messages about one condition (`querystring.filter.conditions.2.value`)
 * by its index, the rest (a filter that is not one at all) apart.
 */
export function filterProblems(errors: readonly FieldProblem[]): { byCondition: Record<number, string>; other: string[] } {
  const byCondition: Record<number, string> = {};
  const other: string[] = [];
  for (const error of errors) {
    const match = /^querystring\.filter\.conditions\.(\d+)\b/.exec(error.field);
    if (match) byCondition[Number(match[1])] ??= error.message;
    else if (error.field.startsWith('querystring.filter')) other.push(error.message);
  }
  return { byCondition, other };
}
