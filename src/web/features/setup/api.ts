import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.ts';
import { useAdoptSession, type Session } from '../../app/session.ts';
import { rememberJob } from '../jobs/api.ts';

export const SETUP_KEY = ['setup'] as const;

export function useSetupStatus() {
  return useQuery({
    queryKey: SETUP_KEY,
    queryFn: () => api.get<{ needed: boolean }>('/api/setup'),
    staleTime: Infinity,
  });
}

export interface SetupInput {
  workspaceName: string;
  displayName: string;
  email: string;
  password: string;
  locale: Locale;
  loadDemo: boolean;
}

export function useRunSetup() {
  const client = useQueryClient();
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (body: SetupInput) => api.post<{ session: Session; jobRunId: string | null }>('/api/setup', body),
    onSuccess: ({ session, jobRunId }) => {
      adopt(session);
      if (jobRunId) rememberJob(session.workspace.workspaceId, jobRunId);
      client.setQueryData(SETUP_KEY, { needed: false });
    },
  });
}
