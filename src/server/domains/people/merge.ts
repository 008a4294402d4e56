// Merging two records of one person: the survivor keeps its values unless the user chose the other's
// field by field, empty fields are filled from the other, and every row that points at the merged person
// (in any registered table) moves to the survivor. The merge keeps both records and every moved row as
// they were, so undo puts everything back.
import type { Actor, Deps } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { record } from '../audit/index.ts';
import type { Person } from '../../../common/people.ts';
import * as repo from './merge-repo.ts';
import { mergeFollowUps, personReferences } from './references.ts';
import { getPerson, refreshDerived } from './record-service.ts';

/** Fields a user may take from either record (camelCase as in the API → column). */
export const MERGEABLE_FIELDS = {
  familyName: 'family_name', givenName: 'given_name', familyNameKana: 'family_name_kana', givenNameKana: 'given_name_kana',
  birthday: 'birthday', gender: 'gender', postalCode: 'postal_code', prefecture: 'prefecture', city: 'city', addressLine: 'address_line',
  building: 'building', companyId: 'company_id', jobTitle: 'job_title', department: 'department', memberNumber: 'member_number',
  preferredChannel: 'preferred_channel', source: 'source', ownerUserId: 'owner_user_id', lifecycleStage: 'lifecycle_stage',
  familyNotes: 'family_notes', interests: 'interests',
} as const;
export type MergeableField = keyof typeof MERGEABLE_FIELDS;

/** The survivor's values with the user's choices and the merged record's values where the survivor has none. */
export function mergedValues(survivor: Record<string, unknown>, merged: Record<string, unknown>, choices: Partial<Record<MergeableField, 'survivor' | 'merged'>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(MERGEABLE_FIELDS) as [MergeableField, string][]) {
    const mine = survivor[column];
    const theirs = merged[column];
    out[column] = choices[field] === 'merged' ? theirs : choices[field] === 'survivor' ? mine : mine ?? theirs;
  }
  out.custom = { ...(merged.custom as object ?? {}), ...(survivor.custom as object ?? {}) };
  return out;
}

export async function mergePeople(deps: Deps, actor: Actor, survivorId: string, mergedId: string, choices: Partial<Record<MergeableField, 'survivor' | 'merged'>>): Promise<{ mergeId: string; person: Person }> {
  if (survivorId === mergedId) throw new AppError(400, 'merge_same_person', { field: 'mergedId' });
  return deps.db.kysely.transaction().execute(async (trx) => {
    const ws = actor.workspaceId;
    const survivor = await repo.personRow(trx, ws, survivorId);
    const merged = await repo.personRow(trx, ws, mergedId);
    if (!survivor || survivor.deleted_at) throw notFound('person');
    if (!merged || merged.deleted_at) throw notFound('person');

    const moved: Record<string, { moved: Record<string, unknown>[]; removed: Record<string, unknown>[] }> = {};
    for (const ref of personReferences()) {
      const rows = await repo.rowsOf(trx, ref, ws, mergedId);
      const removed = await repo.colliding(trx, ref, ws, rows, survivorId);
      await repo.deleteRows(trx, ref, ws, removed, mergedId);
      await repo.moveRows(trx, ref, ws, mergedId, survivorId);
      moved[ref.table] = { moved: rows.filter((r) => !removed.includes(r)), removed };
    }
    const ids = (table: string, column: string) => (moved[table]?.moved ?? []).map((r) => String(r[column]));
    await repo.demoteMoved(trx, ws, survivorId, ids('person_emails', 'email_id'), ids('person_phones', 'phone_id'));

    const values = mergedValues(survivor, merged, choices);
    await repo.applyMerge(trx, ws, survivorId, mergedId, values, deps.now());
    await refreshDerived(trx, ws, survivorId);
    for (const followUp of mergeFollowUps()) await followUp(trx, ws, [survivorId]);

    const mergeId = uuidv7();
    await repo.insertMerge(trx, { workspace_id: ws, merge_id: mergeId, survivor_id: survivorId, merged_id: mergedId, snapshot: { survivor, merged }, moved, merged_by: actor.userId });
    const person = await getPerson(deps, trx, ws, survivorId);
    await record(trx, actor, { action: 'people.merged', entityType: 'person', entityId: survivorId, before: { survivor, merged }, after: { mergeId, person } });
    return { mergeId, person };
  });
}

export async function undoMerge(deps: Deps, actor: Actor, mergeId: string): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const ws = actor.workspaceId;
    const m = await repo.findMerge(trx, ws, mergeId);
    if (!m || m.undone_at) throw notFound('merge');
    for (const ref of personReferences()) {
      const entry = m.moved[ref.table];
      if (!entry) continue;
      await repo.deleteRows(trx, ref, ws, entry.moved, m.survivor_id);
      await repo.insertRows(trx, ref.table, [...entry.moved, ...entry.removed]);
    }
    await repo.restorePersonRow(trx, m.snapshot.survivor);
    await repo.restorePersonRow(trx, m.snapshot.merged);
    await refreshDerived(trx, ws, m.survivor_id);
    await refreshDerived(trx, ws, m.merged_id);
    for (const followUp of mergeFollowUps()) await followUp(trx, ws, [m.survivor_id, m.merged_id]);
    await repo.markMergeUndone(trx, ws, mergeId, deps.now());
    await record(trx, actor, { action: 'people.merge_undone', entityType: 'person', entityId: m.survivor_id, after: { mergeId, restored: m.merged_id } });
  });
}
