import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { Invitation } from '../../../common/auth.ts';
import { useAdoptSession, type Role, type Session } from '../../app/session.ts';

export type { Invitation } from '../../../common/auth.ts';

export interface InvitationPreview {
  workspaceName: string;
  email: string;
  role: Role;
  existingUser: boolean;
}

const INVITATIONS_KEY = ['invitations'] as const;

export function useInvitations() {
  return useQuery({
    queryKey: INVITATIONS_KEY,
    queryFn: async () => (await api.get<{ items: Invitation[] }>('/api/invitations')).items,
  });
}

export function useCreateInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) => api.post<{ invitation: Invitation; url: string }>('/api/invitations', body),
    onSuccess: () => client.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => api.delete(`/api/invitations/${encodeURIComponent(invitationId)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api.get<InvitationPreview>(`/api/invitations/accept/${encodeURIComponent(token)}`),
  });
}

export function useAcceptInvitation() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (body: { token: string; displayName?: string; password: string }) =>
      api.post<Session>('/api/invitations/accept', body),
    onSuccess: adopt,
  });
}
