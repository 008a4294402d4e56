import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { Member } from '../../../common/auth.ts';
import type { Role } from '../../app/session.ts';

export type { Member } from '../../../common/auth.ts';

const MEMBERS_KEY = ['members'] as const;

export function useMembers() {
  return useQuery({
    queryKey: MEMBERS_KEY,
    queryFn: async () => (await api.get<{ items: Member[] }>('/api/members')).items,
  });
}

export function useChangeRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api.patch<Member>(`/api/members/${encodeURIComponent(userId)}`, { role }),
    onSettled: () => client.invalidateQueries({ queryKey: MEMBERS_KEY }),
  });
}

export function useRemoveMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`/api/members/${encodeURIComponent(userId)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: MEMBERS_KEY }),
  });
}
