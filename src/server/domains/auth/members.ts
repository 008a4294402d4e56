// Members as other domains need them: who a staff id is, and whether it belongs to the workspace.
import type { Executor } from '../../platform/db/index.ts';
import * as repo from './access-repo.ts';

export async function memberNameMap(db: Executor, workspaceId: string, userIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((u): u is string => u !== null))];
  return new Map((await repo.memberNames(db, workspaceId, ids)).map((m) => [m.user_id, m.display_name]));
}

export async function isMember(db: Executor, workspaceId: string, userId: string): Promise<boolean> {
  return (await repo.findMember(db, workspaceId, userId)) !== undefined;
}
