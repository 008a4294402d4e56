// Sessions: created at sign-in, found from the cookie on every request, ended at sign-out.
import type { Deps, Executor, RequestMeta } from '../../platform/context.ts';
import { hashSecret, newSecret } from '../../lib/secrets.ts';
import type { Session } from '../../../common/auth.ts';
import { notFound } from '../../platform/errors.ts';
import * as repo from './repo.ts';
import * as access from './access-repo.ts';

export const SESSION_COOKIE = 'daifuku_session';

/** HttpOnly so page scripts never see it; Lax so links from email still arrive signed in. */
export function sessionCookieOptions(config: Deps['config']) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure, path: '/', maxAge: config.sessionTtlHours * 3600 };
}
/** Sliding expiry is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

export type Meta = RequestMeta;

export async function createSession(deps: Deps, db: Executor, userId: string, workspaceId: string, meta: Meta): Promise<{ token: string; session: Session }> {
  const token = newSecret();
  const csrfToken = newSecret(24);
  await repo.insertSession(db, {
    session_hash: hashSecret(token), user_id: userId, workspace_id: workspaceId, csrf_token: csrfToken,
    ip: meta.ip, user_agent: meta.userAgent, expires_at: expiry(deps),
  });
  return { token, session: await sessionOf(db, userId, workspaceId, csrfToken) };
}

function expiry(deps: Deps): Date {
  return new Date(deps.now().getTime() + deps.config.sessionTtlHours * 3600_000);
}

export async function sessionOf(db: Executor, userId: string, workspaceId: string, csrfToken: string): Promise<Session> {
  const user = await repo.findUser(db, userId);
  const workspaces = await access.userWorkspaces(db, userId);
  const current = workspaces.find((w) => w.workspace_id === workspaceId);
  if (!user || !current) throw notFound('workspace');
  return {
    user: { userId, email: user.email, displayName: user.display_name, locale: user.locale },
    workspace: { workspaceId, name: current.name },
    role: current.role,
    workspaces: workspaces.map((w) => ({ workspaceId: w.workspace_id, name: w.name, role: w.role })),
    csrfToken,
  };
}

/** The signed-in session behind a cookie value, extending its expiry as it is used. */
export async function findLiveSession(deps: Deps, token: string): Promise<repo.SessionView | undefined> {
  const now = deps.now();
  const view = await repo.findSession(deps.db.kysely, hashSecret(token), now);
  if (view && now.getTime() - new Date(view.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await repo.touchSession(deps.db.kysely, view.session_hash, now, expiry(deps));
  }
  return view;
}

export async function endSession(deps: Deps, sessionHash: string): Promise<void> {
  await repo.deleteSession(deps.db.kysely, sessionHash);
}
