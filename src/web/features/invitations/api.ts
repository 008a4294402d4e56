import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { useList, useListWrite } from '../../app/queries.ts';
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
  return useList<Invitation>(INVITATIONS_KEY, '/api/invitations');
}

export function useCreateInvitation() {
  return useListWrite(INVITATIONS_KEY, (body: { email: string; role: Role }) =>
    api.post<{ invitation: Invitation; url: string }>('/api/invitations', body),
  );
}

export function useRevokeInvitation() {
  return useListWrite(INVITATIONS_KEY, (invitationId: string) => api.delete(`/api/invitations/${encodeURIComponent(invitationId)}`));
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
