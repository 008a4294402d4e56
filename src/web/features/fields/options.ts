// The pure part of editing custom fields: the closed list of types, options typed one per line, moving an
// option, which rows of a long list are on screen, and a field's new state taking its place in the list.
import type { Field } from '../../../common/fields.ts';

type FieldType = Field['type'];

// Typed against the API contract: a type added there fails to compile here until it has a place.
// Plain constants: the web bundle takes types, not zod, from src/common.
const TYPE_SET: Record<FieldType, true> = {
  text: true, long_text: true, number: true, currency: true, date: true, boolean: true, url: true, email: true, phone: true,
  single_choice: true, multiple_choice: true,
};
export const FIELD_TYPES = Object.keys(TYPE_SET) as FieldType[];

export const isChoice = (type: FieldType) => type === 'single_choice' || type === 'multiple_choice';

/** Colours an option can have, as the server stores them (#rrggbb): Mantine's palette at shade 6. */
export const OPTION_COLORS = ['#fa5252', '#fd7e14', '#fab005', '#40c057', '#12b886', '#15aabf', '#228be6', '#4c6ef5', '#7950f2', '#e64980', '#868e96'];

// The same label typed twice (全角/半角, upper/lower case) is one option.
const labelKey = (label: string) => label.normalize('NFKC').trim().toLowerCase();

/**
 * Options typed one per line (pasted from a spreadsheet, say): blank lines dropped, spaces trimmed, and a
 * label already among the options or earlier in the text left out and reported, not added twice.
 */
export function parseOptionLines(text: string, existing: readonly string[]): { labels: string[]; repeated: string[] } {
  const seen = new Set(existing.map(labelKey));
  const labels: string[] = [];
  const repeated: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const label = line.trim();
    if (!label) continue;
    if (seen.has(labelKey(label))) repeated.push(label);
    else {
      seen.add(labelKey(label));
      labels.push(label);
    }
  }
  return { labels, repeated };
}

/** The order with the item at `index` moved one place up (-1) or down (+1); null at either end. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] | null {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return null;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * The rows of a scrolled list of equal-height rows that are on screen, with `overscan` rows either side so
 * that a quick scroll does not show blank space: `start` inclusive, `end` exclusive.
 */
export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan: number): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/** Options whose label contains the query, compared as the labels are typed (全角/半角, case). */
export function filterOptions<T extends { label: string }>(options: readonly T[], query: string): readonly T[] {
  const key = labelKey(query);
  return key ? options.filter((option) => labelKey(option.label).includes(key)) : options;
}

/** The list with `field` in its place (after an edit of it), or unchanged when it is not there. */
export function replaceField(list: Field[] | undefined, field: Field): Field[] | undefined {
  return list?.map((f) => (f.fieldId === field.fieldId ? field : f));
}
