import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { useCursorPages } from '../../app/queries.ts';
import type { Company, CompanyInput, companyDuplicatesSchema, companyPageSchema, companyPatchBody } from '../../../common/companies.ts';

export type { Company, CompanyInput } from '../../../common/companies.ts';
export type CompanyPatch = z.infer<typeof companyPatchBody>;
type CompaniesPage = z.infer<typeof companyPageSchema>;
export type CompanyListItem = CompaniesPage['items'][number];
export type CompanyDuplicate = z.infer<typeof companyDuplicatesSchema>['items'][number];

const PAGE_SIZE = 50;
const LISTS = ['companies', 'list'] as const;
const companyKey = (companyId: string) => ['companies', 'record', companyId] as const;
const companyPath = (companyId: string) => `/api/companies/${encodeURIComponent(companyId)}`;

/** Companies, newest first; `q` searches name (with or without 株式会社), furigana, 法人番号 and phone. */
export function useCompanies(q: string) {
  return useCursorPages<CompaniesPage>([...LISTS, q], '/api/companies', PAGE_SIZE, { q: q || undefined });
}

/** One company; with `enabled` false (no company chosen yet) nothing is asked. */
export function useCompany(companyId: string, enabled = true) {
  return useQuery({ queryKey: companyKey(companyId), queryFn: () => api.get<Company>(companyPath(companyId)), enabled });
}

/** The lists a created, edited, deleted or restored company changes (the people list shows company names). */
function useRefreshLists() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: LISTS }), client.invalidateQueries({ queryKey: ['people', 'list'] })]);
}

export function useCreateCompany() {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (body: CompanyInput) => api.post<Company>('/api/companies', body),
    onSuccess: (company) => {
      client.setQueryData(companyKey(company.companyId), company);
      void refresh();
    },
  });
}

/** An edit; a version conflict is explained by the edit form itself, with a way to load the newer version. */
export function useUpdateCompany(companyId: string) {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (patch: CompanyPatch) => api.patch<Company>(companyPath(companyId), patch),
    meta: { shownByPage: ['version_conflict'] },
    onSuccess: (company) => {
      client.setQueryData(companyKey(companyId), company);
      void refresh();
    },
  });
}

/** Fetches the record as it is now on the server, for an edit that met a newer version. */
export function useLatestCompany(companyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => client.fetchQuery({ queryKey: companyKey(companyId), queryFn: () => api.get<Company>(companyPath(companyId)), staleTime: 0 }),
  });
}

export function useDeleteCompany() {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (companyId: string) => api.delete(companyPath(companyId)),
    onSuccess: (_result, companyId) => {
      // Marked stale, not fetched: the page on screen is about to leave, and a fetch now would only 404.
      void client.invalidateQueries({ queryKey: companyKey(companyId), refetchType: 'none' });
      void refresh();
    },
  });
}

/** Undoes a deletion; a plain function, because the notification that offers it outlives the page. */
export function useRestoreCompany() {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return async (companyId: string) => {
    await api.post<void>(`${companyPath(companyId)}/restore`);
    await Promise.all([client.invalidateQueries({ queryKey: companyKey(companyId) }), refresh()]);
  };
}

/** Companies already on file that are probably the one being typed (null: nothing to match on yet). */
export function useCompanyDuplicates(draft: Partial<CompanyInput> | null, excludeCompanyId: string | null) {
  return useQuery({
    queryKey: ['companies', 'duplicates', draft, excludeCompanyId],
    queryFn: async () =>
      (await api.post<{ items: CompanyDuplicate[] }>('/api/companies/duplicates', { company: draft, excludeCompanyId })).items,
    enabled: draft !== null,
    placeholderData: keepPreviousData,
  });
}
