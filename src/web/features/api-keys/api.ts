import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { ApiKey } from '../../../common/auth.ts';
import type { Role } from '../../app/session.ts';

export type { ApiKey } from '../../../common/auth.ts';

const API_KEYS_KEY = ['api-keys'] as const;

export function useApiKeys() {
  return useQuery({
    queryKey: API_KEYS_KEY,
    queryFn: async () => (await api.get<{ items: ApiKey[] }>('/api/api-keys')).items,
  });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; role: Role }) => api.post<{ apiKey: ApiKey; secret: string }>('/api/api-keys', body),
    onSuccess: () => client.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (apiKeyId: string) => api.delete(`/api/api-keys/${encodeURIComponent(apiKeyId)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}
