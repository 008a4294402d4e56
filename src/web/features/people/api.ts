import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { useCursorPages } from '../../app/queries.ts';
import { withQuery } from '../../app/url.ts';
import type { PostalLookup } from '../../../common/addresses.ts';
import type { z } from 'zod';
import type { duplicateCandidatesSchema, ExportColumn, PeoplePage, PeopleSort, Person, PersonInput, PersonListItem, PersonPatch } from '../../../common/people.ts';

export type { Person, PersonListItem } from '../../../common/people.ts';
export type DuplicateCandidate = z.infer<typeof duplicateCandidatesSchema>['items'][number];

// A page fills the grid about three times over: few requests while scrolling, a quick first answer.
const PAGE_SIZE = 100;
const LISTS = ['people', 'list'] as const;
const TOTAL = ['people', 'total'] as const;
const personKey = (personId: string) => ['people', 'record', personId] as const;
const personPath = (personId: string) => `/api/people/${encodeURIComponent(personId)}`;

/** A list page as this app asks for it: without `fields`, so every item is whole. */
type FullPeoplePage = Omit<PeoplePage, 'items'> & { items: PersonListItem[] };

/** The list's search (name, furigana, email, phone, card number, company), filter and order, as the API takes them. */
export interface PeopleQuery {
  q: string;
  filter: string | undefined;
  sort: PeopleSort;
}

/** People as the list shows them, a page at a time. */
export function usePeople({ q, filter, sort }: PeopleQuery) {
  return useCursorPages<FullPeoplePage>([...LISTS, q, filter ?? '', sort], '/api/people', PAGE_SIZE, { q: q || undefined, filter, sort });
}

/**
 * How many people the search and filter select: asked for only when they do not all fit on the first page
 * (which then has no total), because at a million people counting takes longer than the page.
 */
export function usePeopleCount({ q, filter }: Omit<PeopleQuery, 'sort'>, enabled: boolean) {
  return useQuery({
    queryKey: [...TOTAL, q, filter ?? ''],
    queryFn: async () => (await api.get<{ total: number }>(withQuery('/api/people/count', { q, filter }))).total,
    enabled,
  });
}

/** How many people the workspace has, exactly (the list counts only so far). */
export function usePeopleTotal() {
  return useQuery({
    queryKey: TOTAL,
    queryFn: async () => (await api.get<{ total: number }>('/api/people/count')).total,
  });
}

/** The columns an export can have, with the headers the file gives them; asked for when the export dialog opens. */
export function useExportColumns(enabled: boolean) {
  return useQuery({ queryKey: ['people', 'exportColumns'], queryFn: () => api.get<ExportColumn[]>('/api/people/export/columns'), enabled });
}

export function usePerson(personId: string) {
  return useQuery({ queryKey: personKey(personId), queryFn: () => api.get<Person>(personPath(personId)) });
}

/** The lists and counts that a created, edited, deleted or restored person changes (bulk changes too). */
export function useRefreshLists() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: LISTS }), client.invalidateQueries({ queryKey: TOTAL })]);
}

export function useCreatePerson() {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (body: PersonInput) => api.post<Person>('/api/people', body),
    onSuccess: (person) => {
      client.setQueryData(personKey(person.personId), person);
      void refresh();
    },
  });
}

/** An edit; a version conflict is explained by the edit form itself, with a way to reload. */
export function useUpdatePerson(personId: string) {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (patch: PersonPatch) => api.patch<Person>(personPath(personId), patch),
    meta: { shownByPage: ['version_conflict'] },
    onSuccess: (person) => {
      client.setQueryData(personKey(personId), person);
      void refresh();
    },
  });
}

/** Fetches the record as it is now on the server, for an edit that met a newer version. */
export function useLatestPerson(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => client.fetchQuery({ queryKey: personKey(personId), queryFn: () => api.get<Person>(personPath(personId)), staleTime: 0 }),
  });
}

export function useDeletePerson() {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (personId: string) => api.delete(personPath(personId)),
    onSuccess: (_result, personId) => {
      // Marked stale, not fetched: the page on screen is about to leave, and a fetch now would only 404.
      void client.invalidateQueries({ queryKey: personKey(personId), refetchType: 'none' });
      void refresh();
    },
  });
}

/** Undoes a deletion; a plain function, because the notification that offers it outlives the page. */
export function useRestorePerson() {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return async (personId: string) => {
    await api.post<void>(`${personPath(personId)}/restore`);
    await Promise.all([client.invalidateQueries({ queryKey: personKey(personId) }), refresh()]);
  };
}

/** Likely duplicates of what is being typed (null: nothing to match on yet); the previous answer stays meanwhile. */
export function useDuplicates(draft: Partial<PersonInput> | null, excludePersonId: string | null) {
  return useQuery({
    queryKey: ['people', 'duplicates', draft, excludePersonId],
    queryFn: async () =>
      (await api.post<{ items: DuplicateCandidate[] }>('/api/people/duplicates', { person: draft, excludePersonId })).items,
    enabled: draft !== null,
    placeholderData: keepPreviousData,
  });
}

/** Prefecture, city and town for a postal code, for the address autofill. */
export function useLookupPostalCode() {
  return useMutation({
    mutationFn: (digits: string) => api.get<PostalLookup>(`/api/postal-codes/${digits}`),
    // The address fields say it themselves, quietly: typing the address by hand always works.
    meta: { notifyError: false },
  });
}

export function useLoadDemo() {
  return useMutation({
    mutationFn: () => api.post<{ jobRunId: string }>('/api/demo', {}),
  });
}
