// Sign-in and the account: first-run setup, login with brute-force throttling, password, profile,
// switching and creating workspaces.
import type { z } from 'zod';
import type { Actor, Deps } from '../../platform/context.ts';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.ts';
import { hashPassword, verifyNothing, verifyPassword } from '../../lib/passwords.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { record } from '../audit/index.ts';
import { createWorkspace } from '../workspaces/index.ts';
import type { Session, loginBody, meBody, passwordBody, setupBody } from '../../../common/auth.ts';
import * as repo from './repo.ts';
import * as access from './access-repo.ts';
import { afterFailure, emailKey, loginGate, type ThrottlePolicy } from './throttle.ts';
import { createSession, sessionOf, type Meta } from './session.ts';

export interface SignedIn { token: string; session: Session }

function actorFor(workspaceId: string, user: { user_id: string; display_name: string; email: string }, meta: Meta): Actor {
  return { workspaceId, userId: user.user_id, apiKeyId: null, label: `${user.display_name} <${user.email}>`, ...meta };
}

export async function setupNeeded(deps: Deps): Promise<boolean> {
  return (await repo.countUsers(deps.db.kysely)) === 0;
}

/** First run: the first workspace and its owner. Refused once anyone exists. */
export async function setup(deps: Deps, input: z.infer<typeof setupBody>, meta: Meta): Promise<SignedIn & { workspaceId: string }> {
  const passwordHash = await hashPassword(input.password);
  return deps.db.kysely.transaction().execute(async (trx) => {
    await repo.lockSetup(trx);
    if ((await repo.countUsers(trx)) > 0) throw conflict('setup_done');
    const ws = await createWorkspace(trx, input.workspaceName);
    const user = { user_id: uuidv7(), email: input.email.trim(), email_key: emailKey(input.email), password_hash: passwordHash, display_name: input.displayName, locale: input.locale };
    await repo.insertUser(trx, user);
    await access.insertMembership(trx, ws.workspaceId, user.user_id, 'owner');
    await record(trx, actorFor(ws.workspaceId, user, meta), { action: 'auth.setup', entityType: 'workspace', entityId: ws.workspaceId, after: { name: ws.name, owner: user.email } });
    return { ...(await createSession(deps, trx, user.user_id, ws.workspaceId, meta)), workspaceId: ws.workspaceId };
  });
}

function throttlePolicy(deps: Deps): ThrottlePolicy {
  return { maxFailures: deps.config.loginMaxFailures, lockMinutes: deps.config.loginLockMinutes, freeFailures: 3, maxDelaySeconds: 60 };
}

/**
 * Counts the attempt before the password is checked (and forgives it on success), so guesses sent in
 * parallel cannot all slip past the counter.
 */
async function admitAttempt(deps: Deps, key: string): Promise<void> {
  const now = deps.now();
  const policy = throttlePolicy(deps);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const state = await repo.findThrottleForUpdate(trx, key);
    const gate = loginGate(state, now, policy);
    if (!gate.allowed) {
      const seconds = gate.retryAfterSeconds;
      throw new AppError(429, gate.reason === 'locked' ? 'login_locked' : 'login_slowed', {
        params: { seconds, minutes: Math.ceil(seconds / 60) }, headers: { 'retry-after': String(seconds) },
      });
    }
    await repo.saveThrottle(trx, key, afterFailure(state, now, policy));
  });
}

/** Checks email and password under the brute-force rule; returns the user only if both are right. */
export async function checkCredentials(deps: Deps, email: string, password: string): Promise<repo.UserRow | undefined> {
  const key = emailKey(email);
  await admitAttempt(deps, key);
  const user = await repo.findUserByEmailKey(deps.db.kysely, key);
  const ok = user ? await verifyPassword(user.password_hash, password) : await verifyNothing(password);
  if (!ok || !user) return undefined;
  await repo.clearThrottle(deps.db.kysely, key);
  return user;
}

export async function login(deps: Deps, input: z.infer<typeof loginBody>, meta: Meta): Promise<SignedIn> {
  const user = await checkCredentials(deps, input.email, input.password);
  const db = deps.db.kysely;
  if (!user) {
    const known = await repo.findUserByEmailKey(db, emailKey(input.email));
    if (known) {
      for (const w of await access.userWorkspaces(db, known.user_id)) {
        await record(db, actorFor(w.workspace_id, known, meta), { action: 'auth.login_failed', entityType: 'user', entityId: known.user_id });
      }
    }
    throw new AppError(401, 'invalid_credentials');
  }
  const workspaces = await access.userWorkspaces(db, user.user_id);
  const first = workspaces[0];
  if (!first) throw new AppError(403, 'no_workspace');
  return db.transaction().execute(async (trx) => {
    await record(trx, actorFor(first.workspace_id, user, meta), { action: 'auth.login', entityType: 'user', entityId: user.user_id });
    return createSession(deps, trx, user.user_id, first.workspace_id, meta);
  });
}

export async function changePassword(deps: Deps, actor: Actor & { userId: string }, sessionHash: string, input: z.infer<typeof passwordBody>): Promise<void> {
  const db = deps.db.kysely;
  const user = await repo.findUser(db, actor.userId);
  if (!user) throw notFound('user');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw badRequest('wrong_password', 'currentPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.user_id, { password_hash: passwordHash });
    // Anyone signed in elsewhere with the old password is signed out.
    await repo.deleteUserSessions(trx, user.user_id, { except: sessionHash });
    await record(trx, actor, { action: 'auth.password_changed', entityType: 'user', entityId: user.user_id });
  });
}

export async function updateMe(deps: Deps, actor: Actor & { userId: string }, csrfToken: string, input: z.infer<typeof meBody>): Promise<Session> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const user = await repo.findUser(trx, actor.userId);
    if (!user) throw notFound('user');
    await repo.updateUser(trx, actor.userId, {
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
    });
    await record(trx, actor, {
      action: 'auth.profile_updated', entityType: 'user', entityId: actor.userId,
      before: { displayName: user.display_name, locale: user.locale }, after: input,
    });
    return sessionOf(trx, actor.userId, actor.workspaceId, csrfToken);
  });
}

export async function switchWorkspace(deps: Deps, userId: string, sessionHash: string, csrfToken: string, workspaceId: string): Promise<Session> {
  const db = deps.db.kysely;
  if (!(await access.findMember(db, workspaceId, userId))) throw notFound('workspace');
  await repo.setSessionWorkspace(db, sessionHash, workspaceId);
  return sessionOf(db, userId, workspaceId, csrfToken);
}

/** Any signed-in user may start another workspace; they own it and the session moves there. */
export async function createOwnWorkspace(deps: Deps, actor: Actor & { userId: string }, sessionHash: string, csrfToken: string, name: string): Promise<Session> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const ws = await createWorkspace(trx, name);
    await access.insertMembership(trx, ws.workspaceId, actor.userId, 'owner');
    await record(trx, { ...actor, workspaceId: ws.workspaceId }, { action: 'workspaces.created', entityType: 'workspace', entityId: ws.workspaceId, after: { name } });
    await repo.setSessionWorkspace(trx, sessionHash, ws.workspaceId);
    return sessionOf(trx, actor.userId, ws.workspaceId, csrfToken);
  });
}

/** Unattended installs: ADMIN_EMAIL and ADMIN_PASSWORD create the first workspace and owner. */
export async function ensureAdmin(deps: Deps): Promise<boolean> {
  const admin = deps.config.admin;
  if (!admin || !(await setupNeeded(deps))) return false;
  await setup(deps, { workspaceName: admin.workspace, displayName: admin.email.split('@')[0] ?? admin.email, email: admin.email, password: admin.password, locale: deps.config.defaultLocale, loadDemo: false },
    { ip: null, userAgent: 'ADMIN_EMAIL', requestId: null });
  return true;
}
