// Bulk changes from the list: tag, untag, owner, lifecycle stage or delete for up to BULK_MAX people at
// once, in one transaction, undoable as a whole. The people are chosen by id or by the list's search and
// filter, with the same rules as the list itself.
import type { Actor, Deps } from '../../platform/context.ts';
import { AppError, InvalidFieldsError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { searchKey } from '../../lib/japanese/index.ts';
import { record } from '../audit/index.ts';
import { isMember } from '../auth/index.ts';
import { BULK_MAX, bulkActionSchema, type BulkAction, type bulkBody } from '../../../common/people.ts';
import type { z } from 'zod';
import { selectionOf } from './service.ts';
import { ensureTagIds } from './record-service.ts';
import * as repo from './bulk-change-repo.ts';

type BulkInput = z.infer<typeof bulkBody>;

/** Tag ids for the action's tag names; adding creates tags that do not exist yet, removing does not. */
async function tagIdsOf(db: Deps['db']['kysely'], workspaceId: string, action: BulkAction): Promise<string[]> {
  if (action.kind !== 'add_tags' && action.kind !== 'remove_tags') return [];
  if (action.kind === 'add_tags') return ensureTagIds(db, workspaceId, action.tags);
  return repo.existingTagIds(db, workspaceId, [...new Set(action.tags.map(searchKey))]);
}

export async function applyBulkChange(deps: Deps, actor: Actor, input: BulkInput): Promise<{ bulkChangeId: string; count: number }> {
  if ((input.personIds === undefined) === (input.matching === undefined)) throw new InvalidFieldsError([{ field: 'personIds', code: 'bulk_selection' }]);
  const target = input.personIds
    ? { personIds: [...new Set(input.personIds)] }
    : await selectionOf(deps.db.kysely, actor.workspaceId, input.matching?.q, input.matching?.filter ? JSON.stringify(input.matching.filter) : undefined);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const bulkChangeId = uuidv7();
    const tagIds = await tagIdsOf(trx, actor.workspaceId, input.action);
    await repo.insertBulkChange(trx, {
      workspace_id: actor.workspaceId, bulk_change_id: bulkChangeId, action: JSON.stringify({ ...input.action, tagIds }), people_count: 0, created_by: actor.userId,
    });
    const count = await repo.snapshotTargets(trx, actor.workspaceId, bulkChangeId, target, BULK_MAX);
    // Too many: the transaction rolls back, nothing is changed.
    if (count > BULK_MAX) throw new InvalidFieldsError([{ field: input.personIds ? 'personIds' : 'matching', code: 'bulk_too_many', params: { max: BULK_MAX.toLocaleString('en') } }]);
    await repo.setCount(trx, actor.workspaceId, bulkChangeId, count);
    const a = input.action;
    if (a.kind === 'add_tags') await repo.addTags(trx, actor.workspaceId, bulkChangeId, tagIds);
    if (a.kind === 'remove_tags' && tagIds.length) await repo.removeTags(trx, actor.workspaceId, bulkChangeId, tagIds);
    if (a.kind === 'set_owner') {
      if (a.ownerUserId && !(await isMember(trx, actor.workspaceId, a.ownerUserId))) throw new InvalidFieldsError([{ field: 'action.ownerUserId', code: 'unknown_reference' }]);
      await repo.setOwner(trx, actor.workspaceId, bulkChangeId, a.ownerUserId);
    }
    if (a.kind === 'set_lifecycle') await repo.setLifecycle(trx, actor.workspaceId, bulkChangeId, a.lifecycleStage, actor.userId);
    if (a.kind === 'delete') await repo.softDelete(trx, actor.workspaceId, bulkChangeId);
    await record(trx, actor, { action: 'people.bulk_changed', entityType: 'bulk_change', entityId: bulkChangeId, after: { ...a, count } });
    return { bulkChangeId, count };
  });
}

export async function undoBulkChange(deps: Deps, actor: Actor, bulkChangeId: string): Promise<{ bulkChangeId: string; count: number }> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const change = await repo.findBulkChange(trx, actor.workspaceId, bulkChangeId, true);
    if (!change) throw notFound('bulk_change');
    if (change.undone_at) throw new AppError(409, 'bulk_already_undone');
    const stored = (typeof change.action === 'string' ? JSON.parse(change.action) : change.action) as BulkAction & { tagIds: string[] };
    const action = bulkActionSchema.parse(Object.fromEntries(Object.entries(stored).filter(([k]) => k !== 'tagIds')));
    await repo.restore(trx, actor.workspaceId, bulkChangeId, action.kind, stored.tagIds ?? [], actor.userId);
    await repo.markUndone(trx, actor.workspaceId, bulkChangeId);
    await record(trx, actor, { action: 'people.bulk_undone', entityType: 'bulk_change', entityId: bulkChangeId, after: { kind: action.kind, count: change.people_count } });
    return { bulkChangeId, count: change.people_count };
  });
}
