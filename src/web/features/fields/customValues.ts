// Custom field values on a record's form, pure: the values a form holds (as the API stores them, with ''
// or [] for an empty input), what a create or an edit sends, an edit carried over onto a newer version,
// required fields left empty, and a value as text. People and companies share all of it.
import type { Field } from '../../../common/fields.ts';

/** As an input holds it: text, a number, a yes/no, an option id or ids; '' or null when empty. */
export type CustomValue = string | number | boolean | string[] | null;
export type CustomValues = Record<string, CustomValue>;

/** What the API is to store: text trimmed, and null for anything empty (which removes the value). */
export function apiValue(value: CustomValue | undefined): CustomValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length > 0 ? value : null;
  return value;
}

const isValue = (value: unknown): value is CustomValue =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));

/** A record's values into the form; anything the form could not hold (an older shape) is left out. */
export function customFormValues(custom: Record<string, unknown>): CustomValues {
  return Object.fromEntries(Object.entries(custom).filter((entry): entry is [string, CustomValue] => isValue(entry[1])));
}

const same = (a: CustomValue, b: CustomValue) => JSON.stringify(a) === JSON.stringify(b);

/** The values of a create: only those filled in; nothing when there are none. */
export function customCreateBody(values: CustomValues): Record<string, CustomValue> | undefined {
  const filled = Object.entries(values).map(([id, v]) => [id, apiValue(v)] as const).filter(([, v]) => v !== null);
  return filled.length > 0 ? Object.fromEntries(filled) : undefined;
}

/** The fields whose value changed since `base`. */
export function changedCustom(base: CustomValues, values: CustomValues): string[] {
  const ids = new Set([...Object.keys(base), ...Object.keys(values)]);
  return [...ids].filter((id) => !same(apiValue(base[id]), apiValue(values[id])));
}

/** The values of an edit: the changed ones only (null for one emptied); nothing when none changed. */
export function customPatchBody(base: CustomValues, values: CustomValues): Record<string, CustomValue> | undefined {
  const changed = changedCustom(base, values);
  return changed.length > 0 ? Object.fromEntries(changed.map((id) => [id, apiValue(values[id])])) : undefined;
}

/**
 * An edit carried over onto a newer version, field by field: the values the user changed stay as typed,
 * the others take the newer ones; `conflicts` are the fields both changed differently.
 */
export function rebaseCustom(base: CustomValues, mine: CustomValues, theirs: CustomValues): { values: CustomValues; conflicts: string[] } {
  const theirsChanged = new Set(changedCustom(base, theirs));
  const values = { ...theirs };
  const conflicts: string[] = [];
  for (const id of changedCustom(base, mine)) {
    values[id] = mine[id] ?? null;
    if (theirsChanged.has(id) && !same(apiValue(mine[id]), apiValue(theirs[id]))) conflicts.push(id);
  }
  return { values, conflicts };
}

/** Required fields left empty, as form errors on `custom.<fieldId>` (where the server puts its own). */
export function requiredErrors(fields: readonly Field[], values: CustomValues, message: string): Record<string, string> {
  return Object.fromEntries(fields.filter((f) => f.required && apiValue(values[f.fieldId]) === null).map((f) => [`custom.${f.fieldId}`, message]));
}

/** The options a choice value names, in the field's order; options merged away or deleted drop out. */
export function chosenOptions(field: Field, value: unknown): Field['options'] {
  const ids = new Set(Array.isArray(value) ? value : [value]);
  return field.options.filter((o) => ids.has(o.optionId));
}

export interface TextFormats {
  number: (n: number) => string;
  yen: (n: number) => string;
  date: (iso: string) => string;
  yes: string;
  no: string;
  separator: string;
}

/** A value as one line of text (a list cell on a phone, a summary); '' when there is none. */
export function customText(field: Field, value: unknown, formats: TextFormats): string {
  if (value === null || value === undefined || value === '') return '';
  switch (field.type) {
    case 'single_choice':
    case 'multiple_choice':
      return chosenOptions(field, value).map((o) => o.label).join(formats.separator);
    case 'number':
      return typeof value === 'number' ? formats.number(value) : '';
    case 'currency':
      return typeof value === 'number' ? formats.yen(value) : '';
    case 'date':
      return typeof value === 'string' ? formats.date(value) : '';
    case 'boolean':
      return value === true ? formats.yes : value === false ? formats.no : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}
