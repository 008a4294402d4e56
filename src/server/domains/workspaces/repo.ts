// workspaces: the tenant. Every other table carries workspace_id and is scoped by it.
import type { Executor } from '../../platform/db/index.ts';

export interface WorkspaceRow { workspace_id: string; name: string; created_at: Date }

export async function insertWorkspace(db: Executor, workspaceId: string, name: string): Promise<void> {
  await db.insertInto('workspaces').values({ workspace_id: workspaceId, name }).execute();
}

export async function findWorkspace(db: Executor, workspaceId: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst() as Promise<WorkspaceRow | undefined>;
}

export async function countWorkspaces(db: Executor): Promise<number> {
  const r = await db.selectFrom('workspaces').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function firstWorkspace(db: Executor): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().orderBy('created_at').limit(1).executeTakeFirst() as Promise<WorkspaceRow | undefined>;
}
