// users, sessions and login_throttle: the global identity tables (a person signs in before choosing a
// workspace). Membership-scoped reads join memberships so a session never outlives its membership.
import { sql, type Executor } from '../../platform/db/index.ts';
import type { Role } from '../../../common/roles.ts';
import type { ThrottleState } from './throttle.ts';

export interface UserRow { user_id: string; email: string; email_key: string; password_hash: string; display_name: string; locale: 'ja' | 'en' }

export async function countUsers(db: Executor): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findUserByEmailKey(db: Executor, key: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email_key', '=', key).executeTakeFirst() as Promise<UserRow | undefined>;
}

export async function findUser(db: Executor, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('user_id', '=', userId).executeTakeFirst() as Promise<UserRow | undefined>;
}

export async function insertUser(db: Executor, u: Omit<UserRow, never>): Promise<void> {
  await db.insertInto('users').values(u).execute();
}

export async function updateUser(db: Executor, userId: string, patch: Partial<Pick<UserRow, 'display_name' | 'locale' | 'password_hash'>>): Promise<void> {
  await db.updateTable('users').set({ ...patch, updated_at: sql`now()` }).where('user_id', '=', userId).execute();
}

export interface SessionInput {
  session_hash: string; user_id: string; workspace_id: string; csrf_token: string;
  ip: string | null; user_agent: string | null; expires_at: Date;
}

export async function insertSession(db: Executor, s: SessionInput): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

export interface SessionView {
  session_hash: string; user_id: string; workspace_id: string; csrf_token: string; last_seen_at: Date;
  email: string; display_name: string; locale: 'ja' | 'en'; role: Role; workspace_name: string;
}

/** A live session with its user and current membership; none if expired or the membership is gone. */
export async function findSession(db: Executor, sessionHash: string, now: Date): Promise<SessionView | undefined> {
  return db.selectFrom('sessions as s')
    .innerJoin('users as u', 'u.user_id', 's.user_id')
    .innerJoin('memberships as m', (j) => j.onRef('m.workspace_id', '=', 's.workspace_id').onRef('m.user_id', '=', 's.user_id'))
    .innerJoin('workspaces as w', 'w.workspace_id', 's.workspace_id')
    .select(['s.session_hash', 's.user_id', 's.workspace_id', 's.csrf_token', 's.last_seen_at',
      'u.email', 'u.display_name', 'u.locale', 'm.role', 'w.name as workspace_name'])
    .where('s.session_hash', '=', sessionHash)
    .where('s.expires_at', '>', now)
    .executeTakeFirst() as Promise<SessionView | undefined>;
}

export async function touchSession(db: Executor, sessionHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('session_hash', '=', sessionHash).execute();
}

export async function setSessionWorkspace(db: Executor, sessionHash: string, workspaceId: string): Promise<void> {
  await db.updateTable('sessions').set({ workspace_id: workspaceId }).where('session_hash', '=', sessionHash).execute();
}

export async function deleteSession(db: Executor, sessionHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('session_hash', '=', sessionHash).execute();
}

export async function deleteUserSessions(db: Executor, userId: string, opts: { except?: string; workspaceId?: string } = {}): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (opts.except) q = q.where('session_hash', '<>', opts.except);
  if (opts.workspaceId) q = q.where('workspace_id', '=', opts.workspaceId);
  await q.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function saveThrottle(db: Executor, key: string, s: ThrottleState): Promise<void> {
  const row = { email_key: key, failures: s.failures, last_failure_at: s.lastFailureAt, locked_until: s.lockedUntil };
  await db.insertInto('login_throttle').values(row)
    .onConflict((oc) => oc.column('email_key').doUpdateSet({ failures: row.failures, last_failure_at: row.last_failure_at, locked_until: row.locked_until }))
    .execute();
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('email_key', '=', key).execute();
}

/** Serialises first-run setup: two browsers submitting at once must not create two owners. */
export async function lockSetup(db: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('daifuku.setup'))`.execute(db);
}

/** The attempt counter row, locked for this transaction so parallel guesses are counted one by one. */
export async function findThrottleForUpdate(db: Executor, key: string): Promise<ThrottleState | undefined> {
  await db.insertInto('login_throttle').values({ email_key: key }).onConflict((oc) => oc.column('email_key').doNothing()).execute();
  const r = await db.selectFrom('login_throttle').selectAll().where('email_key', '=', key).forUpdate().executeTakeFirst() as
    { failures: number; last_failure_at: Date | null; locked_until: Date | null } | undefined;
  return r && { failures: r.failures, lastFailureAt: r.last_failure_at && new Date(r.last_failure_at), lockedUntil: r.locked_until && new Date(r.locked_until) };
}
