// Saved views: anyone in the workspace can open them; members and above save, rename and delete them.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { InvalidFieldsError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { isoTime } from '../../lib/time.ts';
import { record } from '../audit/index.ts';
import { viewDefinitionSchema, type View, type ViewDefinition } from '../../../common/views.ts';
import * as repo from './repo.ts';

function toView(r: repo.ViewRow): View {
  // A definition saved by an older version that no longer parses opens as an empty view, not an error.
  const parsed = viewDefinitionSchema.safeParse(typeof r.definition === 'string' ? JSON.parse(r.definition) : r.definition);
  return {
    viewId: r.view_id, entityType: r.entity_type, name: r.name, definition: parsed.success ? parsed.data : {},
    createdBy: r.created_by, createdAt: isoTime(r.created_at), updatedAt: isoTime(r.updated_at),
  };
}

export async function listViews(db: Executor, workspaceId: string, entityType: string) {
  return { items: (await repo.listViews(db, workspaceId, entityType)).map(toView) };
}

async function mustFind(db: Executor, workspaceId: string, viewId: string): Promise<repo.ViewRow> {
  const row = await repo.findView(db, workspaceId, viewId);
  if (!row) throw notFound('view');
  return row;
}

async function checkName(db: Executor, workspaceId: string, entityType: string, name: string, exceptViewId: string | null): Promise<void> {
  if (await repo.nameTaken(db, workspaceId, entityType, name, exceptViewId)) throw new InvalidFieldsError([{ field: 'name', code: 'view_name_taken' }]);
}

export async function createView(deps: Deps, actor: Actor, input: { entityType: 'person' | 'company'; name: string; definition: ViewDefinition }): Promise<View> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    await checkName(trx, actor.workspaceId, input.entityType, input.name, null);
    const viewId = uuidv7();
    await repo.insertView(trx, {
      workspace_id: actor.workspaceId, view_id: viewId, entity_type: input.entityType, name: input.name,
      definition: JSON.stringify(input.definition), created_by: actor.userId,
    });
    await record(trx, actor, { action: 'views.created', entityType: 'view', entityId: viewId, after: { name: input.name } });
    return toView(await mustFind(trx, actor.workspaceId, viewId));
  });
}

export async function updateView(deps: Deps, actor: Actor, viewId: string, patch: { name?: string | undefined; definition?: ViewDefinition | undefined }): Promise<View> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const before = await mustFind(trx, actor.workspaceId, viewId);
    if (patch.name !== undefined) await checkName(trx, actor.workspaceId, before.entity_type, patch.name, viewId);
    await repo.updateView(trx, actor.workspaceId, viewId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.definition !== undefined ? { definition: JSON.stringify(patch.definition) } : {}),
    });
    await record(trx, actor, { action: 'views.updated', entityType: 'view', entityId: viewId, before: { name: before.name }, after: { name: patch.name ?? before.name } });
    return toView(await mustFind(trx, actor.workspaceId, viewId));
  });
}

export async function deleteView(deps: Deps, actor: Actor, viewId: string): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await mustFind(trx, actor.workspaceId, viewId);
    await repo.deleteView(trx, actor.workspaceId, viewId);
    await record(trx, actor, { action: 'views.deleted', entityType: 'view', entityId: viewId, before: { name: before.name } });
  });
}
