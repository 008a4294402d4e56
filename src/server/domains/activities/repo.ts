// activities and touchpoints. The person index (person, occurred_at desc, id desc) serves the timeline's
// keyset pages and the figures' latest-per-kind.
import { sql, type Executor } from '../../platform/db/index.ts';

export interface ActivityRow {
  activity_id: string; person_id: string; kind: string; occurred_at: Date; touchpoint_id: string | null; touchpoint_name: string | null;
  staff_user_id: string | null; body: string | null; details: Record<string, unknown>; custom: Record<string, unknown>; created_by: string | null; created_at: Date;
}

export async function insertActivity(db: Executor, row: {
  workspace_id: string; activity_id: string; person_id: string; kind: string; occurred_at: Date; touchpoint_id: string | null;
  staff_user_id: string | null; body: string | null; details: string; custom: string; created_by: string | null;
}): Promise<void> {
  await db.insertInto('activities').values(row).execute();
}

const SELECT = sql`a.activity_id, a.person_id, a.kind, a.occurred_at, a.touchpoint_id, t.name as touchpoint_name, a.staff_user_id, a.body, a.details, a.custom, a.created_by, a.created_at`;
const FROM = sql`activities a left join touchpoints t on t.workspace_id = a.workspace_id and t.touchpoint_id = a.touchpoint_id`;

export async function findActivity(db: Executor, workspaceId: string, activityId: string): Promise<ActivityRow | undefined> {
  const r = await sql<ActivityRow>`select ${SELECT} from ${FROM} where a.workspace_id = ${workspaceId} and a.activity_id = ${activityId}`.execute(db);
  return r.rows[0];
}

export async function deleteActivity(db: Executor, workspaceId: string, activityId: string): Promise<void> {
  await db.deleteFrom('activities').where('workspace_id', '=', workspaceId).where('activity_id', '=', activityId).execute();
}

/** A person's activities of the given kinds before a (time, id) position, newest first. */
export async function activitiesBefore(db: Executor, workspaceId: string, personId: string, kinds: string[], before: { at: string; id: string } | null, limit: number): Promise<ActivityRow[]> {
  const r = await sql<ActivityRow>`
    select ${SELECT} from ${FROM}
    where a.workspace_id = ${workspaceId} and a.person_id = ${personId} and a.kind = any(${kinds}::text[])
      ${before ? sql`and (a.occurred_at, a.activity_id) < (${before.at}::timestamptz, ${before.id}::uuid)` : sql``}
    order by a.occurred_at desc, a.activity_id desc limit ${limit}`.execute(db);
  return r.rows;
}

export async function latestPerKind(db: Executor, workspaceId: string, personId: string): Promise<{ kind: string; at: Date }[]> {
  const r = await sql<{ kind: string; at: Date }>`
    select kind, max(occurred_at) as at from activities where workspace_id = ${workspaceId} and person_id = ${personId} group by kind`.execute(db);
  return r.rows;
}

export interface TouchpointRow { touchpoint_id: string; name: string; position: number; archived_at: Date | null }

export async function listTouchpoints(db: Executor, workspaceId: string): Promise<TouchpointRow[]> {
  return db.selectFrom('touchpoints').select(['touchpoint_id', 'name', 'position', 'archived_at'])
    .where('workspace_id', '=', workspaceId).orderBy('position').orderBy('name').limit(500).execute() as Promise<TouchpointRow[]>;
}

export async function findTouchpoint(db: Executor, workspaceId: string, touchpointId: string): Promise<TouchpointRow | undefined> {
  return db.selectFrom('touchpoints').select(['touchpoint_id', 'name', 'position', 'archived_at'])
    .where('workspace_id', '=', workspaceId).where('touchpoint_id', '=', touchpointId).executeTakeFirst() as Promise<TouchpointRow | undefined>;
}

export async function touchpointNameTaken(db: Executor, workspaceId: string, name: string, exceptId: string | null): Promise<boolean> {
  let q = db.selectFrom('touchpoints').select('touchpoint_id').where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) q = q.where('touchpoint_id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function nextTouchpointPosition(db: Executor, workspaceId: string): Promise<number> {
  const r = await sql<{ n: number | null }>`select max(position) as n from touchpoints where workspace_id = ${workspaceId}`.execute(db);
  return (r.rows[0]?.n ?? -1) + 1;
}

export async function insertTouchpoint(db: Executor, row: { workspace_id: string; touchpoint_id: string; name: string; position: number }): Promise<void> {
  await db.insertInto('touchpoints').values(row).execute();
}

export async function updateTouchpoint(db: Executor, workspaceId: string, touchpointId: string, set: { name?: string; position?: number; archived_at?: Date | null }): Promise<void> {
  await db.updateTable('touchpoints').set(set).where('workspace_id', '=', workspaceId).where('touchpoint_id', '=', touchpointId).execute();
}
