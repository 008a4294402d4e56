import { useMutation } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.ts';
import { useAdoptSession, type Session } from '../../app/session.ts';

export function useLogin() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<Session>('/api/auth/login', body),
    onSuccess: adopt,
    // The login form shows the server's message (wrong password, locked) beside the fields.
    meta: { notifyError: false },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    // A fresh page load drops every cached record of the workspace from memory, and lands on the
    // login page without remembering the page the user was on (the next user may be someone else).
    onSuccess: () => window.location.replace('/login'),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post<void>('/api/auth/password', body),
  });
}

export function useUpdateMe() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (body: { displayName?: string; locale?: Locale }) => api.patch<Session>('/api/auth/me', body),
    onSuccess: adopt,
  });
}

export function useSwitchWorkspace() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (workspaceId: string) => api.post<Session>('/api/auth/switch-workspace', { workspaceId }),
    onSuccess: adopt,
  });
}
