import { useMutation } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { useAdoptSession, type Session } from '../../app/session.ts';

/** Creates a workspace; the server makes the caller its owner and switches the session to it. */
export function useCreateWorkspace() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (body: { name: string }) => api.post<Session>('/api/workspaces', body),
    onSuccess: adopt,
  });
}
