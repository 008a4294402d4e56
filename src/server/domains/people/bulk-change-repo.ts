// bulk_changes and bulk_change_people: one change to many people, set-based, with each person's values
// before it kept so that undo restores exactly those. Every statement is scoped by workspace and bulk id.
import { sql, type Executor, type RawBuilder } from '../../platform/db/index.ts';
import { selectionSql, type Selection } from './list-repo.ts';

/** Records who is in the change and their values now; returns how many (at most `max` + 1 are taken). */
export async function snapshotTargets(db: Executor, workspaceId: string, bulkChangeId: string, target: { personIds: string[] } | Selection, max: number): Promise<number> {
  const which = 'personIds' in target ? sql<boolean>`p.person_id = any(${target.personIds}::uuid[])` : selectionSql(workspaceId, target);
  const r = await sql`
    insert into bulk_change_people (workspace_id, bulk_change_id, person_id, before)
    select p.workspace_id, ${bulkChangeId}::uuid, p.person_id, jsonb_build_object(
      'owner_user_id', p.owner_user_id, 'lifecycle_stage', p.lifecycle_stage, 'lifecycle_changed_at', p.lifecycle_changed_at,
      'tag_ids', array(select pt.tag_id from person_tags pt where pt.workspace_id = p.workspace_id and pt.person_id = p.person_id))
    from people p
    where p.workspace_id = ${workspaceId} and p.deleted_at is null and ${which}
    limit ${max + 1}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export async function insertBulkChange(db: Executor, row: { workspace_id: string; bulk_change_id: string; action: string; people_count: number; created_by: string | null }): Promise<void> {
  await db.insertInto('bulk_changes').values(row).execute();
}

export async function findBulkChange(db: Executor, workspaceId: string, bulkChangeId: string, forUpdate: boolean) {
  let q = db.selectFrom('bulk_changes').select(['bulk_change_id', 'action', 'people_count', 'undone_at'])
    .where('workspace_id', '=', workspaceId).where('bulk_change_id', '=', bulkChangeId);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst() as Promise<{ bulk_change_id: string; action: unknown; people_count: number; undone_at: Date | null } | undefined>;
}

export async function markUndone(db: Executor, workspaceId: string, bulkChangeId: string): Promise<void> {
  await db.updateTable('bulk_changes').set({ undone_at: new Date() }).where('workspace_id', '=', workspaceId).where('bulk_change_id', '=', bulkChangeId).execute();
}

/** The people of the change, as a join target: `b` is bulk_change_people. */
const members = (workspaceId: string, bulkChangeId: string) => sql`bulk_change_people b where b.workspace_id = ${workspaceId} and b.bulk_change_id = ${bulkChangeId}`;

/** A changed record gets a new version (so an open edit form sees the conflict) and an update time. */
async function touch(db: Executor, workspaceId: string, bulkChangeId: string, set: RawBuilder<unknown> | null, onlyIf: RawBuilder<unknown> = sql`true`): Promise<void> {
  await sql`update people p set ${set ? sql`${set}, ` : sql``}version = p.version + 1, updated_at = now()
    from ${members(workspaceId, bulkChangeId)} and p.workspace_id = b.workspace_id and p.person_id = b.person_id and ${onlyIf}`.execute(db);
}

export async function addTags(db: Executor, workspaceId: string, bulkChangeId: string, tagIds: string[]): Promise<void> {
  await sql`insert into person_tags (workspace_id, person_id, tag_id)
    select b.workspace_id, b.person_id, t.tag_id from bulk_change_people b cross join unnest(${tagIds}::uuid[]) as t(tag_id)
    where b.workspace_id = ${workspaceId} and b.bulk_change_id = ${bulkChangeId}
    on conflict do nothing`.execute(db);
  await touch(db, workspaceId, bulkChangeId, null, sql`not (b.before -> 'tag_ids' @> ${JSON.stringify(tagIds)}::jsonb)`);
}

export async function removeTags(db: Executor, workspaceId: string, bulkChangeId: string, tagIds: string[]): Promise<void> {
  await sql`delete from person_tags pt using ${members(workspaceId, bulkChangeId)}
    and pt.workspace_id = b.workspace_id and pt.person_id = b.person_id and pt.tag_id = any(${tagIds}::uuid[])`.execute(db);
  await touch(db, workspaceId, bulkChangeId, null, sql`(b.before -> 'tag_ids') ?| ${tagIds}::text[]`);
}

export async function setOwner(db: Executor, workspaceId: string, bulkChangeId: string, ownerUserId: string | null): Promise<void> {
  await touch(db, workspaceId, bulkChangeId, sql`owner_user_id = ${ownerUserId}::uuid`);
}

/** A stage change is dated and written to the person's lifecycle history, like a single edit. */
export async function setLifecycle(db: Executor, workspaceId: string, bulkChangeId: string, stage: string, changedBy: string | null): Promise<void> {
  await sql`insert into lifecycle_changes (workspace_id, change_id, person_id, from_stage, to_stage, changed_by)
    select b.workspace_id, gen_random_uuid(), b.person_id, b.before ->> 'lifecycle_stage', ${stage}, ${changedBy}::uuid
    from ${members(workspaceId, bulkChangeId)} and b.before ->> 'lifecycle_stage' <> ${stage}`.execute(db);
  await touch(db, workspaceId, bulkChangeId, sql`lifecycle_stage = ${stage}, lifecycle_changed_at = now()`, sql`b.before ->> 'lifecycle_stage' <> ${stage}`);
}

export async function softDelete(db: Executor, workspaceId: string, bulkChangeId: string): Promise<void> {
  await touch(db, workspaceId, bulkChangeId, sql`deleted_at = now()`);
}

/** Undo: put back what each person had before, for the part this change touched. */
export async function restore(db: Executor, workspaceId: string, bulkChangeId: string, kind: string, tagIds: string[], changedBy: string | null): Promise<void> {
  switch (kind) {
    case 'add_tags':
      await sql`delete from person_tags pt using ${members(workspaceId, bulkChangeId)}
        and pt.workspace_id = b.workspace_id and pt.person_id = b.person_id and pt.tag_id = any(${tagIds}::uuid[])
        and not (b.before -> 'tag_ids' @> to_jsonb(pt.tag_id::text))`.execute(db);
      await touch(db, workspaceId, bulkChangeId, null);
      return;
    case 'remove_tags':
      await sql`insert into person_tags (workspace_id, person_id, tag_id)
        select b.workspace_id, b.person_id, t.tag_id::uuid from bulk_change_people b
        cross join jsonb_array_elements_text(b.before -> 'tag_ids') as t(tag_id)
        where b.workspace_id = ${workspaceId} and b.bulk_change_id = ${bulkChangeId} and t.tag_id = any(${tagIds}::text[])
        on conflict do nothing`.execute(db);
      await touch(db, workspaceId, bulkChangeId, null);
      return;
    case 'set_owner':
      await touch(db, workspaceId, bulkChangeId, sql`owner_user_id = (b.before ->> 'owner_user_id')::uuid`);
      return;
    case 'set_lifecycle':
      await sql`insert into lifecycle_changes (workspace_id, change_id, person_id, from_stage, to_stage, changed_by)
        select b.workspace_id, gen_random_uuid(), b.person_id, p.lifecycle_stage, b.before ->> 'lifecycle_stage', ${changedBy}::uuid
        from people p join bulk_change_people b on b.workspace_id = p.workspace_id and b.person_id = p.person_id
        where b.workspace_id = ${workspaceId} and b.bulk_change_id = ${bulkChangeId} and p.lifecycle_stage <> b.before ->> 'lifecycle_stage'`.execute(db);
      await touch(db, workspaceId, bulkChangeId,
        sql`lifecycle_stage = b.before ->> 'lifecycle_stage', lifecycle_changed_at = (b.before ->> 'lifecycle_changed_at')::timestamptz`,
        sql`p.lifecycle_stage <> b.before ->> 'lifecycle_stage'`);
      return;
    case 'delete':
      await touch(db, workspaceId, bulkChangeId, sql`deleted_at = null`);
      return;
  }
}

export async function setCount(db: Executor, workspaceId: string, bulkChangeId: string, count: number): Promise<void> {
  await db.updateTable('bulk_changes').set({ people_count: count }).where('workspace_id', '=', workspaceId).where('bulk_change_id', '=', bulkChangeId).execute();
}

export async function existingTagIds(db: Executor, workspaceId: string, nameKeys: string[]): Promise<string[]> {
  const rows = await db.selectFrom('tags').select('tag_id').where('workspace_id', '=', workspaceId).where('name_key', 'in', nameKeys).execute() as { tag_id: string }[];
  return rows.map((r) => r.tag_id);
}
