// saved_views: named list setups shared in a workspace.
import type { Executor } from '../../platform/db/index.ts';

export interface ViewRow {
  view_id: string; entity_type: 'person' | 'company'; name: string; definition: unknown;
  created_by: string | null; created_at: Date; updated_at: Date;
}

const COLUMNS = ['view_id', 'entity_type', 'name', 'definition', 'created_by', 'created_at', 'updated_at'] as const;

export async function listViews(db: Executor, workspaceId: string, entityType: string): Promise<ViewRow[]> {
  return db.selectFrom('saved_views').select(COLUMNS).where('workspace_id', '=', workspaceId).where('entity_type', '=', entityType)
    .orderBy('name').limit(500).execute() as Promise<ViewRow[]>;
}

export async function findView(db: Executor, workspaceId: string, viewId: string): Promise<ViewRow | undefined> {
  return db.selectFrom('saved_views').select(COLUMNS).where('workspace_id', '=', workspaceId).where('view_id', '=', viewId)
    .executeTakeFirst() as Promise<ViewRow | undefined>;
}

/** Whether another view of this entity already has the name (names compare case-insensitively). */
export async function nameTaken(db: Executor, workspaceId: string, entityType: string, name: string, exceptViewId: string | null): Promise<boolean> {
  let q = db.selectFrom('saved_views').select('view_id').where('workspace_id', '=', workspaceId).where('entity_type', '=', entityType)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptViewId) q = q.where('view_id', '<>', exceptViewId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertView(db: Executor, row: { workspace_id: string; view_id: string; entity_type: string; name: string; definition: string; created_by: string | null }): Promise<void> {
  await db.insertInto('saved_views').values(row).execute();
}

export async function updateView(db: Executor, workspaceId: string, viewId: string, set: { name?: string; definition?: string }): Promise<void> {
  await db.updateTable('saved_views').set({ ...set, updated_at: new Date() }).where('workspace_id', '=', workspaceId).where('view_id', '=', viewId).execute();
}

export async function deleteView(db: Executor, workspaceId: string, viewId: string): Promise<boolean> {
  const r = await db.deleteFrom('saved_views').where('workspace_id', '=', workspaceId).where('view_id', '=', viewId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
