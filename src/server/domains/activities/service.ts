// Activities (コミュニケーション履歴): calls, visits, emails, events, inquiries, survey answers, DMs and
// notes, logged by staff (two taps on a phone) or by integrations. Each one updates the person's last
// contact and the figures' latest-per-kind as it is written.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { InvalidFieldsError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { isoTime } from '../../lib/time.ts';
import { record } from '../audit/index.ts';
import { isMember, memberNameMap } from '../auth/index.ts';
import { nextCustomValues } from '../fields/index.ts';
import { noteActivities, recomputeFigures } from '../figures/index.ts';
import { findLivePerson, touchLastActivity } from '../people/index.ts';
import { activityDetailsSchemas, type Activity, type ActivityInput, type Touchpoint } from '../../../common/history.ts';
import * as repo from './repo.ts';

export function toActivity(r: repo.ActivityRow, names: Map<string, string>): Activity {
  return {
    activityId: r.activity_id, personId: r.person_id, kind: r.kind as Activity['kind'], occurredAt: isoTime(r.occurred_at),
    touchpointId: r.touchpoint_id, touchpointName: r.touchpoint_name, staffUserId: r.staff_user_id,
    staffName: r.staff_user_id ? names.get(r.staff_user_id) ?? null : null,
    body: r.body, details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
    custom: typeof r.custom === 'string' ? JSON.parse(r.custom) : r.custom ?? {}, createdAt: isoTime(r.created_at),
  };
}

/** The kind's own values, checked by its schema; problems are reported under `details.<key>`. */
export function checkDetails(kind: ActivityInput['kind'], details: Record<string, unknown> | undefined) {
  const parsed = activityDetailsSchemas[kind].safeParse(details ?? {});
  if (parsed.success) return parsed.data as Record<string, unknown>;
  throw new InvalidFieldsError(parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys'
    ? i.keys.map((k) => ({ field: `details.${k}`, code: 'unrecognized_keys', params: { keys: k } }))
    : [{ field: ['details', ...i.path.map(String)].join('.'), code: 'invalid' }])));
}

export async function logActivity(deps: Deps, actor: Actor, personId: string, input: ActivityInput): Promise<Activity> {
  const details = checkDetails(input.kind, input.details);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const ws = actor.workspaceId;
    await findLivePerson(trx, ws, personId);
    const staff = input.staffUserId === undefined ? actor.userId : input.staffUserId;
    if (staff && !(await isMember(trx, ws, staff))) throw new InvalidFieldsError([{ field: 'staffUserId', code: 'unknown_reference' }]);
    if (input.touchpointId) {
      const tp = await repo.findTouchpoint(trx, ws, input.touchpointId);
      if (!tp || tp.archived_at) throw new InvalidFieldsError([{ field: 'touchpointId', code: 'unknown_reference' }]);
    }
    const custom = await nextCustomValues(trx, ws, 'activity', null, input.custom ?? {});
    const activityId = uuidv7();
    const at = input.occurredAt ? new Date(input.occurredAt) : deps.now();
    await repo.insertActivity(trx, {
      workspace_id: ws, activity_id: activityId, person_id: personId, kind: input.kind, occurred_at: at, touchpoint_id: input.touchpointId ?? null,
      staff_user_id: staff ?? null, body: input.body ?? null, details: JSON.stringify(details), custom, created_by: actor.userId,
    });
    await noteActivities(trx, ws, [{ personId, kind: input.kind, at }]);
    await touchLastActivity(trx, ws, [{ personId, at }]);
    const row = (await repo.findActivity(trx, ws, activityId))!;
    return toActivity(row, await memberNameMap(trx, ws, [row.staff_user_id]));
  });
}

export async function deleteActivity(deps: Deps, actor: Actor, activityId: string): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const row = await repo.findActivity(trx, actor.workspaceId, activityId);
    if (!row) throw notFound('activity');
    await repo.deleteActivity(trx, actor.workspaceId, activityId);
    // The latest contact of its kind may have been this one.
    await recomputeFigures(trx, actor.workspaceId, [row.person_id]);
    await record(trx, actor, { action: 'activities.deleted', entityType: 'person', entityId: row.person_id, before: toActivity(row, new Map()) });
  });
}

/** For the figures after a merge: the latest activity per kind, from the rows the person now has. */
export async function latestPerKind(db: Executor, workspaceId: string, personId: string) {
  const rows = await repo.latestPerKind(db, workspaceId, personId);
  return { last_activity_by_kind: Object.fromEntries(rows.map((r) => [r.kind, isoTime(r.at)])) };
}

const toTouchpoint = (r: repo.TouchpointRow): Touchpoint => ({ touchpointId: r.touchpoint_id, name: r.name, position: r.position, archived: r.archived_at !== null });

export async function listTouchpoints(db: Executor, workspaceId: string) {
  return { items: (await repo.listTouchpoints(db, workspaceId)).map(toTouchpoint) };
}

async function checkTouchpointName(db: Executor, workspaceId: string, name: string, exceptId: string | null) {
  if (await repo.touchpointNameTaken(db, workspaceId, name, exceptId)) throw new InvalidFieldsError([{ field: 'name', code: 'touchpoint_name_taken' }]);
}

export async function createTouchpoint(deps: Deps, actor: Actor, input: { name: string }): Promise<Touchpoint> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    await checkTouchpointName(trx, actor.workspaceId, input.name, null);
    const touchpointId = uuidv7();
    await repo.insertTouchpoint(trx, { workspace_id: actor.workspaceId, touchpoint_id: touchpointId, name: input.name, position: await repo.nextTouchpointPosition(trx, actor.workspaceId) });
    await record(trx, actor, { action: 'touchpoints.created', entityType: 'touchpoint', entityId: touchpointId, after: input });
    return toTouchpoint((await repo.findTouchpoint(trx, actor.workspaceId, touchpointId))!);
  });
}

export async function updateTouchpoint(deps: Deps, actor: Actor, touchpointId: string, patch: { name?: string | undefined; position?: number | undefined; archived?: boolean | undefined }): Promise<Touchpoint> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const before = await repo.findTouchpoint(trx, actor.workspaceId, touchpointId);
    if (!before) throw notFound('touchpoint');
    if (patch.name !== undefined) await checkTouchpointName(trx, actor.workspaceId, patch.name, touchpointId);
    await repo.updateTouchpoint(trx, actor.workspaceId, touchpointId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.position !== undefined ? { position: patch.position } : {}),
      ...(patch.archived !== undefined ? { archived_at: patch.archived ? (before.archived_at ?? deps.now()) : null } : {}),
    });
    await record(trx, actor, { action: 'touchpoints.updated', entityType: 'touchpoint', entityId: touchpointId, before: toTouchpoint(before), after: patch });
    return toTouchpoint((await repo.findTouchpoint(trx, actor.workspaceId, touchpointId))!);
  });
}
