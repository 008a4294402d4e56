// Compiles a list filter into checked predicates, pure: which fields may be filtered, with which
// operators and values. The repo turns predicates into SQL with bound values; nothing from the filter
// reaches SQL as text.
import { searchKey } from '../../lib/japanese/index.ts';
import type { FieldError } from '../../platform/errors.ts';
import type { Condition, Filter } from '../../../common/filters.ts';
import type { Field } from '../../../common/fields.ts';
import { filterField, type FilterFieldKind, type FilterFieldOp } from './filter-fields.ts';

export type Predicate =
  | { kind: 'column'; column: string; op: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte'; value: string | number }
  | { kind: 'column_in'; column: string; values: string[] }
  | { kind: 'column_contains'; column: string; value: string }
  | { kind: 'column_empty'; column: string; empty: boolean }
  | { kind: 'tags'; op: 'has_any' | 'has_all' | 'has_none'; keys: string[] }
  | { kind: 'custom_has'; fieldId: string; op: 'has_any' | 'has_all' | 'has_none'; values: string[]; multiple: boolean }
  | { kind: 'custom_eq'; fieldId: string; value: string | number | boolean; negate: boolean }
  | { kind: 'custom_cmp'; fieldId: string; op: 'gt' | 'gte' | 'lt' | 'lte'; value: number | string; numeric: boolean }
  | { kind: 'custom_contains'; fieldId: string; value: string }
  | { kind: 'custom_empty'; fieldId: string; empty: boolean }
  | { kind: 'registered'; field: string; op: FilterFieldOp; value: number | string | null };

type ColumnKind = 'enum' | 'text' | 'date' | 'timestamp' | 'uuid';
/** Built-in fields a list may be filtered by (API name → column and kind). */
const COLUMNS: Record<string, { column: string; kind: ColumnKind }> = {
  prefecture: { column: 'prefecture', kind: 'enum' }, lifecycleStage: { column: 'lifecycle_stage', kind: 'enum' },
  gender: { column: 'gender', kind: 'enum' }, preferredChannel: { column: 'preferred_channel', kind: 'enum' },
  source: { column: 'source', kind: 'text' }, city: { column: 'city', kind: 'text' }, jobTitle: { column: 'job_title', kind: 'text' },
  birthday: { column: 'birthday', kind: 'date' }, createdAt: { column: 'created_at', kind: 'timestamp' }, updatedAt: { column: 'updated_at', kind: 'timestamp' },
  ownerUserId: { column: 'owner_user_id', kind: 'uuid' }, companyId: { column: 'company_id', kind: 'uuid' },
};
const OPS: Record<ColumnKind, string[]> = {
  enum: ['eq', 'neq', 'in', 'empty', 'not_empty'],
  text: ['eq', 'neq', 'in', 'contains', 'empty', 'not_empty'],
  date: ['eq', 'gt', 'gte', 'lt', 'lte', 'empty', 'not_empty'],
  timestamp: ['gt', 'gte', 'lt', 'lte'],
  uuid: ['eq', 'neq', 'in', 'empty', 'not_empty'],
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const strings = (v: unknown) => (Array.isArray(v) && v.length > 0 && v.length <= 1000 && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);

function builtIn(c: Condition, spec: { column: string; kind: ColumnKind }): Predicate | string {
  if (!OPS[spec.kind].includes(c.op)) return 'filter_op';
  if (c.op === 'empty' || c.op === 'not_empty') return { kind: 'column_empty', column: spec.column, empty: c.op === 'empty' };
  if (c.op === 'in') {
    const values = strings(c.value);
    return values && (spec.kind !== 'uuid' || values.every((v) => UUID.test(v))) ? { kind: 'column_in', column: spec.column, values } : 'filter_value';
  }
  if (typeof c.value !== 'string' || c.value.length > 200) return 'filter_value';
  if (spec.kind === 'date' && !DATE.test(c.value)) return 'filter_value';
  if (spec.kind === 'timestamp' && Number.isNaN(Date.parse(c.value))) return 'filter_value';
  if (spec.kind === 'uuid' && !UUID.test(c.value)) return 'filter_value';
  if (c.op === 'contains') return { kind: 'column_contains', column: spec.column, value: c.value };
  return { kind: 'column', column: spec.column, op: c.op as 'eq', value: c.value };
}

function custom(c: Condition, field: Field): Predicate | string {
  const fieldId = field.fieldId;
  if (c.op === 'empty' || c.op === 'not_empty') return { kind: 'custom_empty', fieldId, empty: c.op === 'empty' };
  const options = new Set(field.options.map((o) => o.optionId));
  switch (field.type) {
    case 'multiple_choice':
    case 'single_choice': {
      if (c.op === 'eq' && field.type === 'single_choice') return typeof c.value === 'string' && options.has(c.value) ? { kind: 'custom_eq', fieldId, value: c.value, negate: false } : 'filter_value';
      const ops = field.type === 'multiple_choice' ? ['has_any', 'has_all', 'has_none'] : ['has_any', 'has_none', 'in'];
      if (!ops.includes(c.op)) return 'filter_op';
      const values = strings(c.value);
      if (!values || values.some((v) => !options.has(v))) return 'filter_value';
      // A single choice "in" a set is "has any" of it; stored as a string, matched as such by the repo.
      return { kind: 'custom_has', fieldId, op: c.op === 'in' ? 'has_any' : (c.op as 'has_any'), values, multiple: field.type === 'multiple_choice' };
    }
    case 'number':
    case 'currency':
    case 'date': {
      const numeric = field.type !== 'date';
      const valid = numeric ? typeof c.value === 'number' && Number.isFinite(c.value) : typeof c.value === 'string' && DATE.test(c.value);
      if (!valid) return 'filter_value';
      if (c.op === 'eq' || c.op === 'neq') return { kind: 'custom_eq', fieldId, value: c.value as number, negate: c.op === 'neq' };
      if (!['gt', 'gte', 'lt', 'lte'].includes(c.op)) return 'filter_op';
      return { kind: 'custom_cmp', fieldId, op: c.op as 'gt', value: c.value as number | string, numeric };
    }
    case 'boolean':
      return c.op === 'eq' && typeof c.value === 'boolean' ? { kind: 'custom_eq', fieldId, value: c.value, negate: false } : 'filter_op';
    default:
      if (typeof c.value !== 'string' || c.value.length > 200) return 'filter_value';
      if (c.op === 'contains') return { kind: 'custom_contains', fieldId, value: c.value };
      if (c.op === 'eq' || c.op === 'neq') return { kind: 'custom_eq', fieldId, value: c.value, negate: c.op === 'neq' };
      return 'filter_op';
  }
}

const REGISTERED_OPS: Record<FilterFieldKind, FilterFieldOp[]> = {
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  timestamp: ['gt', 'gte', 'lt', 'lte', 'empty', 'not_empty'],
};

/** A field another domain registered (see filter-fields.ts): a number or a moment. */
function registered(c: Condition, name: string, kind: FilterFieldKind): Predicate | string {
  if (!(REGISTERED_OPS[kind] as string[]).includes(c.op)) return 'filter_op';
  const op = c.op as FilterFieldOp;
  if (op === 'empty' || op === 'not_empty') return { kind: 'registered', field: name, op, value: null };
  const valid = kind === 'number' ? typeof c.value === 'number' && Number.isFinite(c.value) : typeof c.value === 'string' && c.value.length <= 40 && !Number.isNaN(Date.parse(c.value));
  return valid ? { kind: 'registered', field: name, op, value: c.value as number | string } : 'filter_value';
}

export function compilePeopleFilter(filter: Filter, fields: Field[]): { ok: true; match: 'all' | 'any'; predicates: Predicate[] } | { ok: false; errors: FieldError[] } {
  const byId = new Map(fields.map((f) => [f.fieldId, f]));
  const errors: FieldError[] = [];
  const predicates: Predicate[] = [];
  filter.conditions.forEach((c, i) => {
    const at = `filter.conditions.${i}`;
    let p: Predicate | string;
    if (c.field === 'tags') {
      const names = strings(c.value);
      p = ['has_any', 'has_all', 'has_none'].includes(c.op) ? (names ? { kind: 'tags', op: c.op as 'has_any', keys: names.map(searchKey) } : 'filter_value') : 'filter_op';
    } else if (c.field.startsWith('custom.')) {
      const field = byId.get(c.field.slice(7));
      p = field ? custom(c, field) : 'filter_field';
    } else if (COLUMNS[c.field]) {
      p = builtIn(c, COLUMNS[c.field]!);
    } else {
      const other = filterField(c.field);
      p = other ? registered(c, c.field, other.kind) : 'filter_field';
    }
    // Messages name the field as people see it: a custom field by its label, a built-in one by its
    // translated label (fieldName, resolved in the caller's language), an unknown one as sent.
    const customField = c.field.startsWith('custom.') ? byId.get(c.field.slice(7)) : undefined;
    const name = customField ? { name: customField.label } : p !== 'filter_field' ? { name: c.field, fieldName: c.field } : { name: c.field };
    if (typeof p === 'string') errors.push({ field: p === 'filter_field' ? `${at}.field` : p === 'filter_op' ? `${at}.op` : `${at}.value`, code: p, params: { ...name, op: c.op } });
    else predicates.push(p);
  });
  return errors.length ? { ok: false, errors } : { ok: true, match: filter.match, predicates };
}
