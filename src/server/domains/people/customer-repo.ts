// People as the other history domains need them: found by the keys a register or a shop sends, moved
// between lifecycle stages by purchases, and touched by activities. Set-based: a batch of 10,000 orders
// costs a few statements, not 10,000.
import { sql, type Executor } from '../../platform/db/index.ts';
import { uuidv7 } from '../../lib/ids.ts';

/** A person a key names, with the stage they are in (what a purchase's lifecycle rule needs). */
export interface KeyMatch { key: string; person_id: string; lifecycle_stage: string }

/** Live people by card number (member_number as stored, NFKC and trimmed by the caller); the oldest wins a tie. */
export async function byCardNumbers(db: Executor, workspaceId: string, cards: string[]): Promise<KeyMatch[]> {
  if (cards.length === 0) return [];
  const r = await sql<KeyMatch>`
    select distinct on (member_number) member_number as key, person_id, lifecycle_stage from people
    where workspace_id = ${workspaceId} and member_number = any(${cards}::text[]) and deleted_at is null
    order by member_number, person_id`.execute(db);
  return r.rows;
}

export async function byEmailKeys(db: Executor, workspaceId: string, keys: string[]): Promise<KeyMatch[]> {
  if (keys.length === 0) return [];
  const r = await sql<KeyMatch>`
    select distinct on (e.email_key) e.email_key as key, e.person_id, p.lifecycle_stage from person_emails e
    join people p on p.workspace_id = e.workspace_id and p.person_id = e.person_id and p.deleted_at is null
    where e.workspace_id = ${workspaceId} and e.email_key = any(${keys}::text[])
    order by e.email_key, e.person_id`.execute(db);
  return r.rows;
}

export async function byPhones(db: Executor, workspaceId: string, e164s: string[]): Promise<KeyMatch[]> {
  if (e164s.length === 0) return [];
  const r = await sql<KeyMatch>`
    select distinct on (ph.e164) ph.e164 as key, ph.person_id, p.lifecycle_stage from person_phones ph
    join people p on p.workspace_id = ph.workspace_id and p.person_id = ph.person_id and p.deleted_at is null
    where ph.workspace_id = ${workspaceId} and ph.e164 = any(${e164s}::text[])
    order by ph.e164, ph.person_id`.execute(db);
  return r.rows;
}

/** By another system's customer id, kept as an account (service = the system, handle = its id). */
export async function byAccounts(db: Executor, workspaceId: string, keys: string[]): Promise<KeyMatch[]> {
  if (keys.length === 0) return [];
  const r = await sql<KeyMatch>`
    select distinct on (lower(a.service) || ':' || a.handle) lower(a.service) || ':' || a.handle as key, a.person_id, p.lifecycle_stage
    from person_accounts a
    join people p on p.workspace_id = a.workspace_id and p.person_id = a.person_id and p.deleted_at is null
    where a.workspace_id = ${workspaceId} and lower(a.service) || ':' || a.handle = any(${keys}::text[])
    order by lower(a.service) || ':' || a.handle, a.person_id`.execute(db);
  return r.rows;
}

export async function liveIds(db: Executor, workspaceId: string, ids: string[]): Promise<KeyMatch[]> {
  if (ids.length === 0) return [];
  const r = await sql<KeyMatch>`
    select person_id as key, person_id, lifecycle_stage from people where workspace_id = ${workspaceId} and person_id = any(${ids}::uuid[]) and deleted_at is null`.execute(db);
  return r.rows;
}

export async function insertAccounts(db: Executor, rows: { workspace_id: string; person_id: string; account_id: string; service: string; handle: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('person_accounts').values(rows).onConflict((oc) => oc.columns(['workspace_id', 'account_id']).doNothing()).execute();
}

export async function setMemberNumbers(db: Executor, workspaceId: string, rows: { personId: string; card: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    update people p set member_number = v.card
    from unnest(${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.card)}::text[]) as v(person_id, card)
    where p.workspace_id = ${workspaceId} and p.person_id = v.person_id`.execute(db);
}

/**
 * Moves each person from the stage they were seen in (`from`) to `to`, dated `at` (or their last stage
 * change, if later: a purchase sent late never dates a change before the one it follows), with a history
 * entry each. One statement for everyone: the caller read the stages with the people, so only those who
 * move are touched; someone whose stage changed since is left alone. Returns who moved.
 */
export async function moveStages(db: Executor, workspaceId: string, to: string, moves: { personId: string; from: string; at: Date }[]): Promise<string[]> {
  if (moves.length === 0) return [];
  // Ids made here, time-ordered, so that a person's entries of one moment keep the order they were written in.
  const r = await sql<{ person_id: string; from_stage: string; at: Date; change_id: string }>`
    update people p set lifecycle_stage = ${to}, lifecycle_changed_at = greatest(v.at, p.lifecycle_changed_at), version = p.version + 1, updated_at = now()
    from unnest(${moves.map((m) => m.personId)}::uuid[], ${moves.map((m) => m.from)}::text[], ${moves.map((m) => m.at.toISOString())}::timestamptz[],
      ${moves.map(() => uuidv7())}::uuid[]) as v(person_id, from_stage, at, change_id)
    where p.workspace_id = ${workspaceId} and p.person_id = v.person_id and p.lifecycle_stage = v.from_stage and p.deleted_at is null
    returning p.person_id, v.from_stage, p.lifecycle_changed_at as at, v.change_id`.execute(db);
  const moved = r.rows;
  if (moved.length > 0) {
    await sql`
      insert into lifecycle_changes (workspace_id, change_id, person_id, from_stage, to_stage, changed_at, changed_by)
      select ${workspaceId}, x.change_id, x.person_id, x.from_stage, ${to}, x.at, null
      from unnest(${moved.map((x) => x.change_id)}::uuid[], ${moved.map((x) => x.person_id)}::uuid[], ${moved.map((x) => x.from_stage)}::text[],
        ${moved.map((x) => new Date(x.at).toISOString())}::timestamptz[]) as x(change_id, person_id, from_stage, at)`.execute(db);
  }
  return moved.map((x) => x.person_id);
}

/** First history entries for people created in bulk (prospects from purchases, later imports). */
export async function insertFirstStages(db: Executor, workspaceId: string, rows: { personId: string; stage: string; at: Date }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into lifecycle_changes (workspace_id, change_id, person_id, from_stage, to_stage, changed_at, changed_by)
    select ${workspaceId}, x.change_id, x.person_id, null, x.stage, x.at, null
    from unnest(${rows.map(() => uuidv7())}::uuid[], ${rows.map((x) => x.personId)}::uuid[], ${rows.map((x) => x.stage)}::text[], ${rows.map((x) => x.at.toISOString())}::timestamptz[])
      as x(change_id, person_id, stage, at)`.execute(db);
}

/** Keeps people.last_activity_at the latest of what it was and what arrived. */
export async function touchActivity(db: Executor, workspaceId: string, rows: { personId: string; at: Date }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    update people p set last_activity_at = v.at
    from (select person_id, max(at) as at from unnest(${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.at.toISOString())}::timestamptz[]) as u(person_id, at) group by person_id) v
    where p.workspace_id = ${workspaceId} and p.person_id = v.person_id and (p.last_activity_at is null or p.last_activity_at < v.at)`.execute(db);
}

/** Display names for lists that show whose a row is (family name first, as the record shows it). */
export async function namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<{ person_id: string; family_name: string; given_name: string | null }[]> {
  if (ids.length === 0) return [];
  const r = await sql<{ person_id: string; family_name: string; given_name: string | null }>`
    select person_id, family_name, given_name from people where workspace_id = ${workspaceId} and person_id = any(${ids}::uuid[])`.execute(db);
  return r.rows;
}

export interface TimelineRow { id: string; at: Date; by: string | null; by_user_id?: string | null; summary: string | null; from_stage?: string | null; to_stage?: string }

/**
 * 大福帳 notes in timeline order. A note is dated by the day it is about; on the day it was written it
 * sorts by the moment it was written, else at noon of its day (Japan time).
 */
export async function notesBefore(db: Executor, workspaceId: string, personId: string, before: { at: string; id: string } | null, limit: number): Promise<TimelineRow[]> {
  const r = await sql<TimelineRow>`
    select * from (
      select note_id as id, author_label as by, body as summary,
        case when noted_on = (created_at at time zone 'Asia/Tokyo')::date then created_at
          else (noted_on + time '12:00') at time zone 'Asia/Tokyo' end as at
      from person_notes where workspace_id = ${workspaceId} and person_id = ${personId}
    ) n
    where ${before ? sql`(n.at, n.id) < (${before.at}::timestamptz, ${before.id}::uuid)` : sql`true`}
    order by n.at desc, n.id desc limit ${limit}`.execute(db);
  return r.rows;
}

export async function stagesBefore(db: Executor, workspaceId: string, personId: string, before: { at: string; id: string } | null, limit: number): Promise<TimelineRow[]> {
  const r = await sql<TimelineRow>`
    select c.change_id as id, c.changed_at as at, c.changed_by as by_user_id, null as by, null as summary, c.from_stage, c.to_stage
    from lifecycle_changes c
    where c.workspace_id = ${workspaceId} and c.person_id = ${personId}
      and ${before ? sql`(c.changed_at, c.change_id) < (${before.at}::timestamptz, ${before.id}::uuid)` : sql`true`}
    order by c.changed_at desc, c.change_id desc limit ${limit}`.execute(db);
  return r.rows;
}
