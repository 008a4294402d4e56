// The shapes of server data several features share: a whole list, a cursor-paged list, and a write
// after which a list is fetched again.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from './api.ts';
import { withQuery } from './url.ts';

/** An endpoint that answers with the whole list at once, as `{ items }`. */
export function useList<Item>(queryKey: QueryKey, path: string) {
  return useQuery({
    queryKey,
    queryFn: async () => (await api.get<{ items: Item[] }>(path)).items,
  });
}

/**
 * A cursor-paged endpoint (`?limit=&cursor=`, plus any `params` such as a search): the first page, and
 * the next each time one is asked for. When the parameters change (a new search), the rows on screen stay
 * until the new ones arrive instead of flashing a loader at every keystroke.
 */
export function useCursorPages<Page extends { nextCursor: string | null }>(
  queryKey: QueryKey,
  path: string,
  limit: number,
  params: Record<string, string | undefined> = {},
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => api.get<Page>(withQuery(path, { ...params, limit, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/**
 * A write that changes the list under `queryKey`, which is then fetched again: after success, or with
 * `'settled'` after a refusal too (a refusal can mean that the list on screen is out of date).
 */
export function useListWrite<Body, Result>(
  queryKey: QueryKey,
  mutationFn: (body: Body) => Promise<Result>,
  refreshAfter: 'success' | 'settled' = 'success',
) {
  const client = useQueryClient();
  // Returned, not just started: the mutation stays pending until the list has been fetched again.
  const refresh = () => client.invalidateQueries({ queryKey });
  return useMutation({ mutationFn, ...(refreshAfter === 'settled' ? { onSettled: refresh } : { onSuccess: refresh }) });
}
