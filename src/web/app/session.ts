// The signed-in session: one react-query entry that the whole app reads. Whoever receives a Session
// from the server (login, setup, switching workspace, accepting an invitation) hands it to adoptSession.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, setCsrfToken } from './api.ts';
import { i18n } from './i18n.ts';
import { ApiError } from './problem.ts';
import type { Session } from '../../common/auth.ts';

// The session and roles are part of the API contract (src/common), shared with the server.
export type { Session } from '../../common/auth.ts';
export { roleAtLeast, type Role } from '../../common/roles.ts';

export const SESSION_KEY = ['session'] as const;

/** Applies a session's side effects outside react-query: the CSRF token and the UI language. */
function applySideEffects(session: Session | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  if (session && i18n.language !== session.user.locale) void i18n.changeLanguage(session.user.locale);
}

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/auth/session');
    applySideEffects(session);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      applySideEffects(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

/** The current session, or null when signed out. Only meaningful below the root, which loads it first. */
export function useSession(): Session | null {
  return useSessionQuery().data ?? null;
}

/** The session inside the app shell, whose guard has already sent signed-out visitors to the login page. */
export function useCurrentSession(): Session {
  const session = useSession();
  if (!session) throw new Error('useCurrentSession used outside the signed-in shell');
  return session;
}

export function adoptSession(client: QueryClient, session: Session | null): void {
  const previous = client.getQueryData<Session | null>(SESSION_KEY);
  const sameScope =
    previous && session && previous.user.userId === session.user.userId && previous.workspace.workspaceId === session.workspace.workspaceId;
  // Another user or workspace must not see the cached data of the previous one, not even for a frame.
  if (!sameScope) client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  applySideEffects(session);
  client.setQueryData(SESSION_KEY, session);
}

export function useAdoptSession(): (session: Session | null) => void {
  const client = useQueryClient();
  return useCallback((session: Session | null) => adoptSession(client, session), [client]);
}
