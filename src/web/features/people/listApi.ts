// What the people list asks of the server besides its rows: saved views, bulk changes and their undo, and
// the tags in use (offered when filtering and tagging).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { useList } from '../../app/queries.ts';
import type { BulkAction, bulkResultSchema, tagsSchema } from '../../../common/people.ts';
import type { View, ViewDefinition } from '../../../common/views.ts';
import { useRefreshLists } from './api.ts';
import type { BulkTarget } from './selection.ts';

export type { View } from '../../../common/views.ts';
export type BulkResult = z.infer<typeof bulkResultSchema>;
export type Tag = z.infer<typeof tagsSchema>['items'][number];

const VIEWS = ['views', 'person'] as const;
const TAGS = ['tags'] as const;
const viewPath = (viewId: string) => `/api/views/${encodeURIComponent(viewId)}`;

/** The saved views of the people list, by name. */
export function useViews() {
  return useList<View>(VIEWS, '/api/views?entityType=person');
}

/**
 * A write whose answer is the view as saved: it takes its place in the list at once (the page opens it
 * straight away), and the list is fetched again for the order by name.
 */
function useViewWrite<Arg>(write: (arg: Arg) => Promise<View>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    // A name already taken is said under the name field, not in a notification.
    meta: { shownByPage: ['validation_failed'] },
    onSuccess: (view) => {
      client.setQueryData<View[]>(VIEWS, (list) => [...(list ?? []).filter((v) => v.viewId !== view.viewId), view]);
      return client.invalidateQueries({ queryKey: VIEWS });
    },
  });
}

export function useCreateView() {
  return useViewWrite((body: { name: string; definition: ViewDefinition }) => api.post<View>('/api/views', { entityType: 'person', ...body }));
}

export function useUpdateView() {
  return useViewWrite(({ viewId, ...patch }: { viewId: string; name?: string; definition?: ViewDefinition }) => api.patch<View>(viewPath(viewId), patch));
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (viewId: string) => api.delete(viewPath(viewId)),
    onSuccess: () => client.invalidateQueries({ queryKey: VIEWS }),
  });
}

export function useTags() {
  return useList<Tag>(TAGS, '/api/tags');
}

/** A change to many people at once; the lists, counts and tags are fetched again after it. */
export function useBulkChange() {
  const refresh = useRefreshLists();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkTarget & { action: BulkAction }) => api.post<BulkResult>('/api/people/bulk', body),
    onSuccess: () => Promise.all([refresh(), client.invalidateQueries({ queryKey: TAGS }), client.invalidateQueries({ queryKey: ['people', 'record'] })]),
  });
}

/** Undoes a bulk change; a plain function, because the notification that offers it outlives the dialog. */
export function useUndoBulk() {
  const refresh = useRefreshLists();
  const client = useQueryClient();
  return async (bulkChangeId: string) => {
    await api.post<void>(`/api/people/bulk/${encodeURIComponent(bulkChangeId)}/undo`);
    await Promise.all([refresh(), client.invalidateQueries({ queryKey: TAGS }), client.invalidateQueries({ queryKey: ['people', 'record'] })]);
  };
}
