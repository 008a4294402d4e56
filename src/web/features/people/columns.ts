// The columns of the people list, pure: which there are, which are shown by default, and a chosen set read
// back from storage or a saved view. Named as a view stores them (src/common/views.ts): list item fields,
// or `custom.<fieldId>`. The name is not among them: it is always the first column, the row's link.
import type { PersonListItem } from '../../../common/people.ts';
import { moveItem } from '../fields/options.ts';

// Typed against the list item: a column must be one of its fields.
type BuiltInColumn = Extract<keyof PersonListItem, 'familyNameKana' | 'email' | 'phone' | 'prefecture' | 'city' | 'companyName' | 'lifecycleStage' | 'tags' | 'ownerUserId' | 'createdAt' | 'updatedAt' | 'lastActivityAt'>;

/** In the order the chooser lists them. */
export const BUILT_IN_COLUMNS: readonly BuiltInColumn[] = [
  'familyNameKana', 'email', 'phone', 'prefecture', 'city', 'companyName', 'lifecycleStage', 'tags', 'ownerUserId', 'createdAt', 'updatedAt', 'lastActivityAt',
];
export const DEFAULT_COLUMNS: readonly string[] = ['familyNameKana', 'email', 'phone', 'prefecture', 'companyName', 'lifecycleStage'];

export const customColumn = (fieldId: string) => `custom.${fieldId}`;
/** The custom field a column shows, or null for a built-in one. */
export const customFieldOf = (column: string): string | null => (column.startsWith('custom.') ? column.slice(7) : null);

/**
 * Columns read back from storage or a view: known built-ins and custom fields that still exist (any custom
 * field while they are not known, `null`), each once, in their order. Null when nothing usable is left, for
 * the caller to show the defaults.
 */
export function readColumns(stored: unknown, customFieldIds: ReadonlySet<string> | null): string[] | null {
  if (!Array.isArray(stored)) return null;
  const builtIn = new Set<string>(BUILT_IN_COLUMNS);
  const columns = [...new Set(stored.filter((c): c is string => typeof c === 'string'))].filter((c) => {
    const fieldId = customFieldOf(c);
    return fieldId === null ? builtIn.has(c) : fieldId !== '' && (customFieldIds === null || customFieldIds.has(fieldId));
  });
  return columns.length > 0 ? columns : null;
}

/** Shown columns with one turned on (at the end) or off. */
export function toggleColumn(columns: readonly string[], column: string): string[] {
  return columns.includes(column) ? columns.filter((c) => c !== column) : [...columns, column];
}

/** Shown columns with one moved a place left (-1) or right (+1); unchanged at either end. */
export function moveColumn(columns: readonly string[], column: string, delta: -1 | 1): string[] {
  return moveItem(columns, columns.indexOf(column), delta) ?? [...columns];
}

export const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c === b[i]);
