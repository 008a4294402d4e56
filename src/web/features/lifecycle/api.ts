import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import type { lifecycleRulesBody, lifecycleRulesSchema } from '../../../common/history.ts';

type LifecycleRules = z.infer<typeof lifecycleRulesSchema>;
const RULES_KEY = ['settings', 'lifecycle-rules'] as const;
const RULES_PATH = '/api/settings/lifecycle-rules';

export function useLifecycleRules() {
  return useQuery({ queryKey: RULES_KEY, queryFn: () => api.get<LifecycleRules>(RULES_PATH) });
}

export function useSaveLifecycleRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof lifecycleRulesBody>) => api.put<LifecycleRules>(RULES_PATH, body),
    onSuccess: (rules) => client.setQueryData(RULES_KEY, rules),
  });
}

/** Starts the night's run now (RFM scores, then the lapse rule); answers the job to follow. */
export function useRecomputeRfm() {
  return useMutation({ mutationFn: () => api.post<{ jobRunId: string }>('/api/figures/rfm') });
}
