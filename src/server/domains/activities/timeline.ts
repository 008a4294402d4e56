// One person's timeline: activities, purchases, contracts, 大福帳 notes and stage changes in one list,
// newest first, keyset-paged on (time, id). Each source reads at most a page from its own index; the
// pages are merged here, so the cost does not grow with the person's history.
import type { Deps } from '../../platform/context.ts';
import { badRequest, keyCursor } from '../../platform/errors.ts';
import { isoTime } from '../../lib/time.ts';
import { encodeKeyCursor } from '../../lib/paging.ts';
import { memberNameMap } from '../auth/index.ts';
import { contractEntries } from '../contracts/index.ts';
import { findLivePerson, notesBefore, stagesBefore } from '../people/index.ts';
import { purchaseEntries } from '../purchases/index.ts';
import { ACTIVITY_KINDS, TIMELINE_KINDS, type TimelineEntry, type TimelineKind } from '../../../common/history.ts';
import * as repo from './repo.ts';

interface Entry { kind: TimelineKind; id: string; at: Date; by: string | null; byUserId?: string | null; summary: string | null; data: Record<string, unknown> }

export function parseKinds(kinds: string | undefined): Set<TimelineKind> {
  if (!kinds) return new Set(TIMELINE_KINDS);
  const list = kinds.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = list.find((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined || list.length === 0) throw badRequest('invalid_value', 'querystring.kinds', { options: TIMELINE_KINDS.join(', ') });
  return new Set(list as TimelineKind[]);
}

/** Newest first; equal times by id, descending, as every source's index orders them. */
const newestFirst = (a: Entry, b: Entry) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const isBefore = (e: Entry, c: { at: string; id: string }) => newestFirst(e, { at: new Date(c.at), id: c.id } as Entry) > 0;

export async function timeline(deps: Deps, workspaceId: string, personId: string, q: { kinds?: string | undefined; cursor?: string | undefined; limit: number }) {
  const db = deps.db.kysely;
  const kinds = parseKinds(q.kinds);
  const c = q.cursor ? keyCursor(q.cursor, (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v))) : null;
  const before = c ? { at: c.value!, id: c.id } : null;
  await findLivePerson(db, workspaceId, personId);
  const n = q.limit + 1;
  const activityKinds = ACTIVITY_KINDS.filter((k) => kinds.has(k));
  const [activities, purchases, contracts, notes, stages] = await Promise.all([
    activityKinds.length ? repo.activitiesBefore(db, workspaceId, personId, activityKinds, before, n) : [],
    kinds.has('purchase') ? purchaseEntries(db, workspaceId, personId, before, n) : [],
    kinds.has('contract') ? contractEntries(db, workspaceId, personId) : [],
    kinds.has('person_note') ? notesBefore(db, workspaceId, personId, before, n) : [],
    kinds.has('lifecycle') ? stagesBefore(db, workspaceId, personId, before, n) : [],
  ]);
  const entries: Entry[] = [
    ...activities.map((a) => ({
      kind: a.kind as TimelineKind, id: a.activity_id, at: new Date(a.occurred_at), by: null, byUserId: a.staff_user_id, summary: a.body,
      data: { ...(typeof a.details === 'string' ? JSON.parse(a.details) : a.details), touchpointName: a.touchpoint_name },
    })),
    ...purchases,
    ...contracts.filter((c) => !before || isBefore(c, before)),
    ...notes.map((x) => ({ kind: 'person_note' as const, id: x.id, at: new Date(x.at), by: x.by, summary: x.summary, data: {} })),
    ...stages.map((x) => ({ kind: 'lifecycle' as const, id: x.id, at: new Date(x.at), by: null, byUserId: x.by_user_id ?? null, summary: null, data: { fromStage: x.from_stage ?? null, toStage: x.to_stage } })),
  ].sort(newestFirst);
  const page = entries.slice(0, q.limit);
  const names = await memberNameMap(db, workspaceId, page.map((e) => e.byUserId ?? null));
  const items: TimelineEntry[] = page.map((e) => ({
    kind: e.kind, id: e.id, at: isoTime(e.at), by: e.by ?? (e.byUserId ? names.get(e.byUserId) ?? null : null), summary: e.summary, data: e.data,
  }));
  const last = page.at(-1);
  return { items, nextCursor: entries.length > q.limit && last ? encodeKeyCursor(isoTime(last.at), last.id) : null };
}
