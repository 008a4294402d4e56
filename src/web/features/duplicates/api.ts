import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { useCursorPages } from '../../app/queries.ts';
import type { DuplicatePage } from '../../../common/duplicates.ts';
import type { mergeBody, Person } from '../../../common/people.ts';

export type { DuplicatePair, DuplicatePerson, DuplicateReason } from '../../../common/duplicates.ts';
export type MergeBody = z.input<typeof mergeBody>;

const PAGE_SIZE = 30;
const PAIRS = ['duplicates'] as const;

/** Likely duplicate pairs from the last scan, most likely first. */
export function useDuplicatePairs() {
  return useCursorPages<DuplicatePage>([...PAIRS, 'list'], '/api/duplicates', PAGE_SIZE);
}

/**
 * A merge or its undo changes both records, the people lists and the pairs. Not waited for: the page
 * shows the outcome at once and leaves the two records, one of which is gone after a merge.
 */
function useRefreshAfterMerge() {
  const client = useQueryClient();
  return () => void Promise.all([client.invalidateQueries({ queryKey: ['people'] }), client.invalidateQueries({ queryKey: PAIRS })]);
}

export function useStartScan() {
  return useMutation({ mutationFn: () => api.post<{ jobRunId: string }>('/api/duplicates/scan') });
}

export function useDismissPair() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pair: { personAId: string; personBId: string }) => api.post<void>('/api/duplicates/dismiss', pair),
    onSuccess: () => client.invalidateQueries({ queryKey: PAIRS }),
  });
}

export function useMergePeople() {
  const client = useQueryClient();
  const refresh = useRefreshAfterMerge();
  return useMutation({
    mutationFn: (body: MergeBody) => api.post<{ mergeId: string; person: Person }>('/api/people/merge', body),
    // The merged-away record is gone: dropped, not refetched (a refetch would only answer 404).
    onSuccess: (_result, body) => { client.removeQueries({ queryKey: ['people', 'record', body.mergedId] }); refresh(); },
  });
}

export function useUndoMerge() {
  const refresh = useRefreshAfterMerge();
  return useMutation({
    mutationFn: (mergeId: string) => api.post<void>(`/api/people/merges/${encodeURIComponent(mergeId)}/undo`),
    onSuccess: () => refresh(),
  });
}
