import type { Executor } from '../../platform/db/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import * as repo from './repo.ts';

export interface Workspace { workspaceId: string; name: string }

export async function createWorkspace(db: Executor, name: string): Promise<Workspace> {
  const workspaceId = uuidv7();
  await repo.insertWorkspace(db, workspaceId, name);
  return { workspaceId, name };
}

export async function getWorkspace(db: Executor, workspaceId: string): Promise<Workspace | undefined> {
  const row = await repo.findWorkspace(db, workspaceId);
  return row && { workspaceId: row.workspace_id, name: row.name };
}

export async function anyWorkspaceExists(db: Executor): Promise<boolean> {
  return (await repo.countWorkspaces(db)) > 0;
}

/** The oldest workspace: where `npm run demo` loads when none is named. */
export async function oldestWorkspace(db: Executor): Promise<Workspace | undefined> {
  const row = await repo.firstWorkspace(db);
  return row && { workspaceId: row.workspace_id, name: row.name };
}
