// A person's history on the record page: the timeline, the figures, the contracts, and logging an activity.
// Everything is keyed under ['history', personId], so that one write refreshes all a person's history shows.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type {
  Activity, ActivityInput, Contract, contractCreateBody, contractPatchBody, contractsPageSchema, Figures, timelinePageSchema, Touchpoint,
} from '../../../common/history.ts';
import { api } from '../../app/api.ts';
import { useCursorPages, useList } from '../../app/queries.ts';
import { withQuery } from '../../app/url.ts';

export type { Contract, Figures, TimelineEntry } from '../../../common/history.ts';
type TimelinePage = z.infer<typeof timelinePageSchema>;
type ContractsPage = z.infer<typeof contractsPageSchema>;

// A screenful and a half on a phone: the next page is asked for before the end is reached.
const TIMELINE_PAGE = 30;
// A person has a few contracts; a page this size is all of them in practice.
const CONTRACTS_PAGE = 50;

const historyKey = (personId: string) => ['history', personId] as const;
const personPath = (personId: string) => `/api/people/${encodeURIComponent(personId)}`;

/** The timeline, newest first, a page at a time; `kinds` as kindsParam gives it (none: everything). */
export function useTimeline(personId: string, kinds: string | undefined) {
  return useCursorPages<TimelinePage>([...historyKey(personId), 'timeline', kinds ?? ''], `${personPath(personId)}/timeline`, TIMELINE_PAGE, { kinds });
}

/** The touchpoints an activity may name, archived ones left out; under the settings page's key, so that its edits show here. */
export function useOpenTouchpoints() {
  const touchpoints = useList<Touchpoint>(['touchpoints'], '/api/touchpoints');
  return touchpoints.data?.filter((touchpoint) => !touchpoint.archived) ?? [];
}

export function useFigures(personId: string) {
  return useQuery({ queryKey: [...historyKey(personId), 'figures'], queryFn: () => api.get<Figures>(`${personPath(personId)}/figures`) });
}

export function useContracts(personId: string) {
  return useCursorPages<ContractsPage>([...historyKey(personId), 'contracts'], `${personPath(personId)}/contracts`, CONTRACTS_PAGE);
}

/**
 * Fetches everything the person's history shows again (or only the timeline); answered once it has been, so
 * a saving button spins until then.
 */
export function useRefreshHistory(personId: string, only?: 'timeline') {
  const client = useQueryClient();
  return useCallback(
    () => client.invalidateQueries({ queryKey: only ? [...historyKey(personId), only] : historyKey(personId) }),
    [client, personId, only],
  );
}

export function useLogActivity(personId: string) {
  const refresh = useRefreshHistory(personId);
  return useMutation({
    mutationFn: (body: ActivityInput) => api.post<Activity>(`${personPath(personId)}/activities`, body),
    onSuccess: refresh,
  });
}

export function useDeleteActivity(personId: string) {
  const refresh = useRefreshHistory(personId);
  return useMutation({
    mutationFn: (activityId: string) => api.delete(`/api/activities/${encodeURIComponent(activityId)}`),
    onSuccess: refresh,
  });
}

export function useCreateContract(personId: string) {
  const refresh = useRefreshHistory(personId);
  return useMutation({
    mutationFn: (body: z.input<typeof contractCreateBody>) => api.post<Contract>(`${personPath(personId)}/contracts`, body),
    onSuccess: refresh,
  });
}

/** An edit or a cancellation; a version conflict is explained by the form itself, with a way to reload. */
export function useUpdateContract(contract: Contract) {
  const refresh = useRefreshHistory(contract.personId);
  return useMutation({
    mutationFn: (patch: z.input<typeof contractPatchBody>) => api.patch<Contract>(`/api/contracts/${encodeURIComponent(contract.contractId)}`, patch),
    meta: { shownByPage: ['version_conflict'] },
    onSuccess: refresh,
  });
}

/** The contract as it is now on the server, for an edit that met a newer version (there is no single-contract read). */
export function useLatestContract(contract: Contract) {
  const refresh = useRefreshHistory(contract.personId);
  return useMutation({
    mutationFn: async () => {
      const page = await api.get<ContractsPage>(withQuery(`${personPath(contract.personId)}/contracts`, { limit: 200 }));
      const latest = page.items.find((item) => item.contractId === contract.contractId);
      if (!latest) throw new Error('contract not found');
      void refresh();
      return latest;
    },
  });
}
