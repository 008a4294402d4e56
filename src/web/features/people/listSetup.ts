// What the people list shows, as the address keeps it: the search (?q=), the filter (?filter=, a Filter as
// JSON), the order (?sort=) and the saved view it was opened from (?view=). One reading of the address, so
// that a bookmark, the Back button and an opened view all mean the same list.
import type { Condition, Filter } from '../../../common/filters.ts';
import type { PeopleSort } from '../../../common/people.ts';
import type { ViewDefinition } from '../../../common/views.ts';

// Typed against the API contract: a sort or an operator added there fails to compile here until it is known.
const SORT_SET: Record<PeopleSort, true> = { newest: true, kana: true, updated: true, activity: true };
export const SORTS = Object.keys(SORT_SET) as PeopleSort[];
export const DEFAULT_SORT: PeopleSort = 'newest';
const OP_SET: Record<Condition['op'], true> = {
  eq: true, neq: true, in: true, contains: true, gt: true, gte: true, lt: true, lte: true, empty: true, not_empty: true,
  has_any: true, has_all: true, has_none: true,
};

export interface ListSetup {
  q: string;
  /** Null when nothing is filtered (a filter without conditions is no filter). */
  filter: Filter | null;
  sort: PeopleSort;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseCondition(value: unknown): Condition | null {
  if (!isRecord(value) || typeof value.field !== 'string' || !value.field || typeof value.op !== 'string' || !(value.op in OP_SET)) return null;
  return { field: value.field, op: value.op as Condition['op'], ...('value' in value ? { value: value.value } : {}) };
}

/**
 * A filter from the address. An address typed or pasted wrong opens the whole list rather than an error:
 * anything that is not a filter's shape is no filter. Whether its fields and values are right is the
 * server's to say, and the page shows what it says.
 */
export function parseFilter(json: string | null | undefined): Filter | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(raw) || !Array.isArray(raw.conditions) || (raw.match !== undefined && raw.match !== 'all' && raw.match !== 'any')) return null;
  const conditions = raw.conditions.map(parseCondition);
  if (conditions.length === 0 || conditions.some((c) => c === null)) return null;
  return { match: raw.match === 'any' ? 'any' : 'all', conditions: conditions as Condition[] };
}

/** The filter as the address and the API carry it; nothing for no filter. */
export function filterParam(filter: Filter | null | undefined): string | undefined {
  return filter && filter.conditions.length > 0 ? JSON.stringify({ match: filter.match, conditions: filter.conditions }) : undefined;
}

export function readSetup(params: URLSearchParams): ListSetup & { viewId: string | null } {
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    filter: parseFilter(params.get('filter')),
    sort: sort && sort in SORT_SET ? (sort as PeopleSort) : DEFAULT_SORT,
    viewId: params.get('view') || null,
  };
}

/** The address with part of the setup changed; defaults are left out, so a plain list is a plain `/people`. */
export function writeSetup(params: URLSearchParams, patch: Partial<ListSetup & { viewId: string | null }>): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string | null | undefined) => (value ? next.set(key, value) : next.delete(key));
  if ('q' in patch) put('q', patch.q?.trim());
  if ('filter' in patch) put('filter', filterParam(patch.filter));
  if ('sort' in patch) put('sort', patch.sort === DEFAULT_SORT ? null : patch.sort);
  if ('viewId' in patch) put('view', patch.viewId);
  return next;
}

export function sameSetup(a: ListSetup, b: ListSetup): boolean {
  return a.q.trim() === b.q.trim() && a.sort === b.sort && filterParam(a.filter) === filterParam(b.filter);
}

/** What a saved view shows, as a setup. */
export function setupOfView(definition: ViewDefinition): ListSetup {
  return { q: definition.q?.trim() ?? '', filter: definition.filter?.conditions.length ? definition.filter : null, sort: definition.sort ?? DEFAULT_SORT };
}

/** The setup and columns on screen, as a view stores them. */
export function viewDefinition(setup: ListSetup, columns: readonly string[]): ViewDefinition {
  return {
    ...(setup.q ? { q: setup.q } : {}),
    ...(setup.filter ? { filter: { match: setup.filter.match, conditions: setup.filter.conditions } } : {}),
    sort: setup.sort,
    columns: [...columns],
  };
}
