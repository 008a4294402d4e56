import { api } from '../../app/api.ts';
import { useList, useListWrite } from '../../app/queries.ts';
import type { Member } from '../../../common/auth.ts';
import type { Role } from '../../app/session.ts';

export type { Member } from '../../../common/auth.ts';

const MEMBERS_KEY = ['members'] as const;

export function useMembers() {
  return useList<Member>(MEMBERS_KEY, '/api/members');
}

export function useChangeRole() {
  return useListWrite(
    MEMBERS_KEY,
    ({ userId, role }: { userId: string; role: Role }) => api.patch<Member>(`/api/members/${encodeURIComponent(userId)}`, { role }),
    'settled',
  );
}

export function useRemoveMember() {
  return useListWrite(MEMBERS_KEY, (userId: string) => api.delete(`/api/members/${encodeURIComponent(userId)}`));
}
