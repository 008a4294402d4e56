// Who may act in a workspace: members and their roles, invitations, API keys.
import type { Actor, Deps } from '../../platform/context.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { roleAtLeast, type Role } from '../../../common/roles.ts';
import type { ApiKey, Invitation, Member, Session } from '../../../common/auth.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { API_KEY_PREFIX, apiKeyPrefix, formatScopedToken, hashSecret, newSecret, parseScopedToken, secretMatches } from '../../lib/secrets.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { getWorkspace } from '../workspaces/index.ts';
import { record } from '../audit/index.ts';
import * as access from './access-repo.ts';
import * as repo from './repo.ts';
import { emailKey } from './throttle.ts';
import { checkCredentials } from './service.ts';
import { createSession, type Meta } from './session.ts';
import { isoTime, isoTimeOrNull } from '../../lib/time.ts';

const INVITATION_DAYS = 7;

const memberOut = (m: access.MemberRow): Member => ({
  userId: m.user_id, email: m.email, displayName: m.display_name, role: m.role, joinedAt: isoTime(m.created_at),
});

/** Nobody hands out or takes away more than they hold: only owners touch owners. */
function assertMayGrant(callerRole: Role, ...roles: Role[]): void {
  for (const r of roles) if (!roleAtLeast(callerRole, r)) throw new AppError(403, 'role_too_high');
}

export async function listMembers(deps: Deps, workspaceId: string): Promise<Member[]> {
  return (await access.listMembers(deps.db.kysely, workspaceId)).map(memberOut);
}

export async function changeRole(deps: Deps, actor: Actor, callerRole: Role, userId: string, role: Role): Promise<Member> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const member = await access.findMember(trx, actor.workspaceId, userId);
    if (!member) throw notFound('member');
    assertMayGrant(callerRole, role, member.role);
    if (member.role === 'owner' && role !== 'owner' && (await access.countOwnersForUpdate(trx, actor.workspaceId)) <= 1) {
      throw conflict('last_owner', 'role');
    }
    await access.updateMemberRole(trx, actor.workspaceId, userId, role);
    await record(trx, actor, { action: 'members.role_changed', entityType: 'member', entityId: userId, before: { role: member.role }, after: { role } });
    return memberOut({ ...member, role });
  });
}

export async function removeMember(deps: Deps, actor: Actor, callerRole: Role, userId: string): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const member = await access.findMember(trx, actor.workspaceId, userId);
    if (!member) throw notFound('member');
    assertMayGrant(callerRole, member.role);
    if (member.role === 'owner' && (await access.countOwnersForUpdate(trx, actor.workspaceId)) <= 1) throw conflict('last_owner');
    await access.deleteMembership(trx, actor.workspaceId, userId);
    await repo.deleteUserSessions(trx, userId, { workspaceId: actor.workspaceId });
    await record(trx, actor, { action: 'members.removed', entityType: 'member', entityId: userId, before: { email: member.email, role: member.role } });
  });
}

const invitationOut = (i: access.InvitationRow & { invited_by_name?: string | null }): Invitation => ({
  invitationId: i.invitation_id, email: i.email, role: i.role, createdAt: isoTime(i.created_at), expiresAt: isoTime(i.expires_at),
  acceptedAt: isoTimeOrNull(i.accepted_at), revokedAt: isoTimeOrNull(i.revoked_at), invitedBy: i.invited_by_name ?? null,
});

export async function listInvitations(deps: Deps, workspaceId: string): Promise<Invitation[]> {
  return (await access.listInvitations(deps.db.kysely, workspaceId)).map(invitationOut);
}

/** `origin` is where the inviter's browser reached us; PUBLIC_URL, when set, wins (behind a proxy). */
export async function createInvitation(deps: Deps, actor: Actor, callerRole: Role, email: string, role: Role, origin: string): Promise<{ invitation: Invitation; url: string }> {
  assertMayGrant(callerRole, role);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const existing = await repo.findUserByEmailKey(trx, emailKey(email));
    if (existing && (await access.findMember(trx, actor.workspaceId, existing.user_id))) throw conflict('already_member', 'email');
    const secret = newSecret();
    const invitationId = uuidv7();
    const row = await access.insertInvitation(trx, {
      workspace_id: actor.workspaceId, invitation_id: invitationId, email: email.trim(), role, secret_hash: hashSecret(secret),
      invited_by: actor.userId, expires_at: new Date(deps.now().getTime() + INVITATION_DAYS * 86_400_000),
    });
    await record(trx, actor, { action: 'invitations.created', entityType: 'invitation', entityId: invitationId, after: { email, role } });
    const token = formatScopedToken('', actor.workspaceId, invitationId, secret);
    return { invitation: invitationOut(row), url: `${deps.config.fixedPublicUrl ?? origin}/invite/${token}` };
  });
}

export async function revokeInvitation(deps: Deps, actor: Actor, invitationId: string): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const inv = await access.findInvitation(trx, actor.workspaceId, invitationId);
    if (!inv || inv.revoked_at || inv.accepted_at) throw notFound('invitation');
    await access.markInvitation(trx, actor.workspaceId, invitationId, 'revoked_at', deps.now());
    await record(trx, actor, { action: 'invitations.revoked', entityType: 'invitation', entityId: invitationId, before: { email: inv.email, role: inv.role } });
  });
}

async function liveInvitation(deps: Deps, db: Deps['db']['kysely'], token: string): Promise<access.InvitationRow> {
  const parsed = parseScopedToken('', token);
  const inv = parsed && await access.findInvitation(db, parsed.workspaceId, parsed.rowId);
  if (!parsed || !inv || !secretMatches(parsed.secret, inv.secret_hash) || inv.accepted_at || inv.revoked_at || new Date(inv.expires_at) <= deps.now()) {
    throw new AppError(404, 'invitation_invalid', { field: 'token' });
  }
  return inv;
}

export async function previewInvitation(deps: Deps, token: string) {
  const db = deps.db.kysely;
  const inv = await liveInvitation(deps, db, token);
  const ws = await getWorkspace(db, inv.workspace_id);
  const existingUser = !!(await repo.findUserByEmailKey(db, emailKey(inv.email)));
  return { workspaceName: ws?.name ?? '', email: inv.email, role: inv.role, existingUser };
}

/**
 * Joins the invited workspace: an existing account proves itself with its password (under the sign-in
 * throttle); a new one is created with the invited email.
 */
export async function acceptInvitation(deps: Deps, input: { token: string; displayName?: string | undefined; password: string }, meta: Meta): Promise<{ token: string; session: Session }> {
  const db = deps.db.kysely;
  const inv = await liveInvitation(deps, db, input.token);
  const existing = await repo.findUserByEmailKey(db, emailKey(inv.email));
  let newUser: repo.UserRow | undefined;
  if (existing) {
    if (!(await checkCredentials(deps, inv.email, input.password))) throw new AppError(401, 'invalid_credentials', { field: 'password' });
  } else {
    if (!input.displayName) throw new AppError(400, 'display_name_required', { field: 'displayName' });
    if (input.password.length < 10) throw new AppError(400, 'password_too_short', { field: 'password', params: { minimum: 10 } });
    newUser = {
      user_id: uuidv7(), email: inv.email, email_key: emailKey(inv.email), password_hash: await hashPassword(input.password),
      display_name: input.displayName, locale: deps.config.defaultLocale,
    };
  }
  return db.transaction().execute(async (trx) => {
    const fresh = await liveInvitation(deps, trx, input.token);
    const user = existing ?? newUser!;
    if (newUser) await repo.insertUser(trx, newUser);
    if (!(await access.findMember(trx, fresh.workspace_id, user.user_id))) await access.insertMembership(trx, fresh.workspace_id, user.user_id, fresh.role);
    await access.markInvitation(trx, fresh.workspace_id, fresh.invitation_id, 'accepted_at', deps.now());
    await record(trx, { workspaceId: fresh.workspace_id, userId: user.user_id, apiKeyId: null, label: `${user.display_name} <${user.email}>`, ...meta },
      { action: 'invitations.accepted', entityType: 'invitation', entityId: fresh.invitation_id, after: { role: fresh.role } });
    return createSession(deps, trx, user.user_id, fresh.workspace_id, meta);
  });
}

const apiKeyOut = (k: access.ApiKeyRow): ApiKey => ({
  apiKeyId: k.api_key_id, name: k.name, role: k.role, prefix: k.prefix, createdAt: isoTime(k.created_at),
  lastUsedAt: isoTimeOrNull(k.last_used_at), revokedAt: isoTimeOrNull(k.revoked_at),
});

export async function listApiKeys(deps: Deps, workspaceId: string): Promise<ApiKey[]> {
  return (await access.listApiKeys(deps.db.kysely, workspaceId)).map(apiKeyOut);
}

/** The secret is returned once, here; only its hash is kept. */
export async function createApiKey(deps: Deps, actor: Actor, callerRole: Role, name: string, role: Role): Promise<{ apiKey: ApiKey; secret: string }> {
  assertMayGrant(callerRole, role);
  const apiKeyId = uuidv7();
  const secret = newSecret();
  return deps.db.kysely.transaction().execute(async (trx) => {
    const row = await access.insertApiKey(trx, {
      workspace_id: actor.workspaceId, api_key_id: apiKeyId, name, role, secret_hash: hashSecret(secret),
      prefix: apiKeyPrefix(apiKeyId), created_by: actor.userId,
    });
    await record(trx, actor, { action: 'api_keys.created', entityType: 'api_key', entityId: apiKeyId, after: { name, role } });
    return { apiKey: apiKeyOut(row), secret: formatScopedToken(API_KEY_PREFIX, actor.workspaceId, apiKeyId, secret) };
  });
}

export async function revokeApiKey(deps: Deps, actor: Actor, apiKeyId: string): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const key = await access.findApiKey(trx, actor.workspaceId, apiKeyId);
    if (!key || key.revoked_at) throw notFound('api_key');
    await access.revokeApiKey(trx, actor.workspaceId, apiKeyId, deps.now());
    await record(trx, actor, { action: 'api_keys.revoked', entityType: 'api_key', entityId: apiKeyId, before: { name: key.name, role: key.role } });
  });
}

const API_KEY_TOUCH_MS = 60_000;

/** The workspace, key and role behind a bearer token; none if unknown, wrong or revoked. */
export async function findApiKeyCaller(deps: Deps, token: string) {
  const parsed = parseScopedToken(API_KEY_PREFIX, token);
  if (!parsed) return undefined;
  const key = await access.findApiKey(deps.db.kysely, parsed.workspaceId, parsed.rowId);
  if (!key || key.revoked_at || !secretMatches(parsed.secret, key.secret_hash)) return undefined;
  const now = deps.now();
  if (!key.last_used_at || now.getTime() - new Date(key.last_used_at).getTime() > API_KEY_TOUCH_MS) {
    await access.touchApiKey(deps.db.kysely, key.workspace_id, key.api_key_id, now);
  }
  return key;
}
