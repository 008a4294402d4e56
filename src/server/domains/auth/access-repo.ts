// memberships, invitations and api_keys: who may act in a workspace. Every query names the workspace.
import type { Executor } from '../../platform/db/index.ts';
import type { Role } from '../../../common/roles.ts';

export interface MemberRow { user_id: string; email: string; display_name: string; role: Role; created_at: Date }

export async function insertMembership(db: Executor, workspaceId: string, userId: string, role: Role): Promise<void> {
  await db.insertInto('memberships').values({ workspace_id: workspaceId, user_id: userId, role }).execute();
}

export async function listMembers(db: Executor, workspaceId: string): Promise<MemberRow[]> {
  return db.selectFrom('memberships as m').innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.display_name', 'm.role', 'm.created_at'])
    .where('m.workspace_id', '=', workspaceId)
    .orderBy('m.created_at').orderBy('m.user_id')
    .execute() as Promise<MemberRow[]>;
}

export async function findMember(db: Executor, workspaceId: string, userId: string): Promise<MemberRow | undefined> {
  return db.selectFrom('memberships as m').innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.display_name', 'm.role', 'm.created_at'])
    .where('m.workspace_id', '=', workspaceId).where('m.user_id', '=', userId)
    .executeTakeFirst() as Promise<MemberRow | undefined>;
}

/** Locks the workspace's owner rows so two admins cannot demote the last two owners at once. */
export async function countOwnersForUpdate(db: Executor, workspaceId: string): Promise<number> {
  const rows = await db.selectFrom('memberships').select('user_id')
    .where('workspace_id', '=', workspaceId).where('role', '=', 'owner').forUpdate().execute();
  return rows.length;
}

export async function updateMemberRole(db: Executor, workspaceId: string, userId: string, role: Role): Promise<void> {
  await db.updateTable('memberships').set({ role }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(db: Executor, workspaceId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}

export async function userWorkspaces(db: Executor, userId: string): Promise<{ workspace_id: string; name: string; role: Role }[]> {
  return db.selectFrom('memberships as m').innerJoin('workspaces as w', 'w.workspace_id', 'm.workspace_id')
    .select(['m.workspace_id', 'w.name', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('w.name').orderBy('m.workspace_id')
    .execute() as Promise<{ workspace_id: string; name: string; role: Role }[]>;
}

export interface InvitationRow {
  workspace_id: string; invitation_id: string; email: string; role: Role; secret_hash: string; invited_by: string | null;
  created_at: Date; expires_at: Date; accepted_at: Date | null; revoked_at: Date | null;
}

export async function insertInvitation(db: Executor, row: Omit<InvitationRow, 'created_at' | 'accepted_at' | 'revoked_at'>): Promise<InvitationRow> {
  return db.insertInto('invitations').values(row).returningAll().executeTakeFirstOrThrow() as Promise<InvitationRow>;
}

export async function listInvitations(db: Executor, workspaceId: string): Promise<(InvitationRow & { invited_by_name: string | null })[]> {
  return db.selectFrom('invitations as i').leftJoin('users as u', 'u.user_id', 'i.invited_by')
    .selectAll('i').select('u.display_name as invited_by_name')
    .where('i.workspace_id', '=', workspaceId)
    .orderBy('i.created_at', 'desc')
    .limit(500)
    .execute() as Promise<(InvitationRow & { invited_by_name: string | null })[]>;
}

export async function findInvitation(db: Executor, workspaceId: string, invitationId: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll()
    .where('workspace_id', '=', workspaceId).where('invitation_id', '=', invitationId)
    .executeTakeFirst() as Promise<InvitationRow | undefined>;
}

export async function markInvitation(db: Executor, workspaceId: string, invitationId: string, field: 'accepted_at' | 'revoked_at', at: Date): Promise<void> {
  await db.updateTable('invitations').set({ [field]: at })
    .where('workspace_id', '=', workspaceId).where('invitation_id', '=', invitationId).execute();
}

export interface ApiKeyRow {
  workspace_id: string; api_key_id: string; name: string; role: Role; secret_hash: string; prefix: string;
  created_by: string | null; created_at: Date; last_used_at: Date | null; revoked_at: Date | null;
}

export async function insertApiKey(db: Executor, row: Omit<ApiKeyRow, 'created_at' | 'last_used_at' | 'revoked_at'>): Promise<ApiKeyRow> {
  return db.insertInto('api_keys').values(row).returningAll().executeTakeFirstOrThrow() as Promise<ApiKeyRow>;
}

export async function listApiKeys(db: Executor, workspaceId: string): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_keys').selectAll().where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc').execute() as Promise<ApiKeyRow[]>;
}

export async function findApiKey(db: Executor, workspaceId: string, apiKeyId: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').selectAll()
    .where('workspace_id', '=', workspaceId).where('api_key_id', '=', apiKeyId)
    .executeTakeFirst() as Promise<ApiKeyRow | undefined>;
}

export async function touchApiKey(db: Executor, workspaceId: string, apiKeyId: string, at: Date): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: at })
    .where('workspace_id', '=', workspaceId).where('api_key_id', '=', apiKeyId).execute();
}

export async function revokeApiKey(db: Executor, workspaceId: string, apiKeyId: string, at: Date): Promise<void> {
  await db.updateTable('api_keys').set({ revoked_at: at })
    .where('workspace_id', '=', workspaceId).where('api_key_id', '=', apiKeyId).where('revoked_at', 'is', null).execute();
}

/** Display names of workspace members by user id (someone who left is simply absent). */
export async function memberNames(db: Executor, workspaceId: string, userIds: string[]): Promise<{ user_id: string; display_name: string }[]> {
  if (userIds.length === 0) return [];
  return db.selectFrom('memberships as m').innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select(['m.user_id', 'u.display_name'])
    .where('m.workspace_id', '=', workspaceId).where('m.user_id', 'in', userIds)
    .execute() as Promise<{ user_id: string; display_name: string }[]>;
}
