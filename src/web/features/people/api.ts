import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { useCursorPages } from '../../app/queries.ts';
import { withQuery } from '../../app/url.ts';

export interface Person {
  personId: string;
  familyName: string | null;
  givenName: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  email: string | null;
  phone: string | null;
  prefecture: string | null;
  city: string | null;
  companyName: string | null;
}

interface PeoplePage {
  items: Person[];
  nextCursor: string | null;
  total: number;
}

const PAGE_SIZE = 50;

export function usePeople() {
  return useCursorPages<PeoplePage>(['people', 'list'], '/api/people', PAGE_SIZE);
}

/** How many people the workspace has; one row is the smallest page that carries the total. */
export function usePeopleTotal() {
  return useQuery({
    queryKey: ['people', 'total'],
    queryFn: async () => (await api.get<PeoplePage>(withQuery('/api/people', { limit: 1 }))).total,
  });
}

export function useLoadDemo() {
  return useMutation({
    mutationFn: () => api.post<{ jobRunId: string }>('/api/demo', {}),
  });
}
