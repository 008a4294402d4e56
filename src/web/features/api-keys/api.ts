import { api } from '../../app/api.ts';
import { useList, useListWrite } from '../../app/queries.ts';
import type { ApiKey } from '../../../common/auth.ts';
import type { Role } from '../../app/session.ts';

export type { ApiKey } from '../../../common/auth.ts';

const API_KEYS_KEY = ['api-keys'] as const;

export function useApiKeys() {
  return useList<ApiKey>(API_KEYS_KEY, '/api/api-keys');
}

export function useCreateApiKey() {
  return useListWrite(API_KEYS_KEY, (body: { name: string; role: Role }) =>
    api.post<{ apiKey: ApiKey; secret: string }>('/api/api-keys', body),
  );
}

export function useRevokeApiKey() {
  return useListWrite(API_KEYS_KEY, (apiKeyId: string) => api.delete(`/api/api-keys/${encodeURIComponent(apiKeyId)}`));
}
