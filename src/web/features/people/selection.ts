// Which people a bulk change is about, pure: rows ticked one by one, or every person the list's search and
// filter select (most of whom are not loaded), and what the server is to be sent for either.
import type { Filter } from '../../../common/filters.ts';
import type { ListSetup } from './listSetup.ts';

export type Selection = { kind: 'ids'; ids: ReadonlySet<string> } | { kind: 'matching' };

export const NOTHING: Selection = { kind: 'ids', ids: new Set() };

/** Whether anyone is selected (the bulk bar shows while so). */
export const hasSelection = (selection: Selection): boolean => selection.kind === 'matching' || selection.ids.size > 0;

export function isSelected(selection: Selection, personId: string): boolean {
  return selection.kind === 'matching' || selection.ids.has(personId);
}

/** One row ticked or unticked; unticking a row of "all matching" leaves the other loaded rows ticked. */
export function toggleOne(selection: Selection, personId: string, loadedIds: readonly string[]): Selection {
  const ids = new Set(selection.kind === 'matching' ? loadedIds : selection.ids);
  if (ids.has(personId)) ids.delete(personId);
  else ids.add(personId);
  return { kind: 'ids', ids };
}

/** The header box: ticks every loaded row, or unticks all when they all are. */
export function toggleLoaded(selection: Selection, loadedIds: readonly string[]): Selection {
  const all = loadedIds.length > 0 && loadedIds.every((id) => isSelected(selection, id));
  return all ? NOTHING : { kind: 'ids', ids: new Set(loadedIds) };
}

/** The header box's state: 'all', 'some' (indeterminate) or 'none' of the loaded rows. */
export function loadedState(selection: Selection, loadedIds: readonly string[]): 'all' | 'some' | 'none' {
  const ticked = loadedIds.filter((id) => isSelected(selection, id)).length;
  return ticked === 0 ? 'none' : ticked === loadedIds.length ? 'all' : 'some';
}

/** How many people are selected; for "all matching", the list's count (null while it is not known). */
export function selectedCount(selection: Selection, matching: number | null): number | null {
  return selection.kind === 'matching' ? matching : selection.ids.size;
}

export type BulkTarget = { personIds: string[] } | { matching: { q?: string; filter?: Filter } };

/** The part of a bulk request that says who: the ids, or the list's own search and filter. */
export function bulkTarget(selection: Selection, setup: ListSetup): BulkTarget {
  if (selection.kind === 'ids') return { personIds: [...selection.ids] };
  return { matching: { ...(setup.q ? { q: setup.q } : {}), ...(setup.filter ? { filter: setup.filter } : {}) } };
}
