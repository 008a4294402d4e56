// Custom fields: admins define them (with choice options: hundreds, reorderable, renameable, mergeable,
// coloured); records validate their values against them.
import type { FieldEntityType } from '../../../common/fields.ts';
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError, InvalidFieldsError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { record } from '../audit/index.ts';
import type { Field } from '../../../common/fields.ts';
import * as repo from './repo.ts';
import { holderFor } from './holders.ts';
import { checkCustomValues } from './values.ts';

const CHOICE_TYPES = new Set(['single_choice', 'multiple_choice']);

export async function listFields(db: Executor, workspaceId: string, entityType?: string): Promise<Field[]> {
  const fields = await repo.listFields(db, workspaceId, entityType);
  const options = await repo.optionsOf(db, workspaceId, fields.filter((f) => CHOICE_TYPES.has(f.type)).map((f) => f.field_id));
  return fields.map((f) => ({
    fieldId: f.field_id, entityType: f.entity_type, label: f.label, type: f.type as Field['type'], required: f.required, position: f.position,
    options: options.filter((o) => o.field_id === f.field_id).map((o) => ({ optionId: o.option_id, label: o.label, color: o.color, position: o.position })),
  }));
}

async function getField(db: Executor, workspaceId: string, fieldId: string): Promise<Field> {
  const row = await repo.findField(db, workspaceId, fieldId);
  if (!row) throw notFound('field');
  return (await listFields(db, workspaceId, row.entity_type)).find((f) => f.fieldId === fieldId)!;
}

async function getChoiceField(db: Executor, workspaceId: string, fieldId: string): Promise<Field> {
  const field = await getField(db, workspaceId, fieldId);
  if (!CHOICE_TYPES.has(field.type)) throw new AppError(400, 'not_a_choice_field', { field: 'fieldId' });
  return field;
}

export async function createField(deps: Deps, actor: Actor, input: { entityType: FieldEntityType; label: string; type: Field['type']; required: boolean; options?: { label: string; color?: string | null | undefined }[] | undefined }): Promise<Field> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const fieldId = uuidv7();
    const position = (await repo.listFields(trx, actor.workspaceId, input.entityType)).length;
    await repo.insertField(trx, { workspace_id: actor.workspaceId, field_id: fieldId, entity_type: input.entityType, label: input.label, type: input.type, required: input.required, position });
    if (CHOICE_TYPES.has(input.type) && input.options?.length) {
      await repo.insertOptions(trx, actor.workspaceId, input.options.map((o, i) => ({ field_id: fieldId, option_id: uuidv7(), label: o.label, color: o.color ?? null, position: i })));
    }
    await record(trx, actor, { action: 'fields.created', entityType: 'field', entityId: fieldId, after: { label: input.label, type: input.type, options: input.options?.length ?? 0 } });
    return getField(trx, actor.workspaceId, fieldId);
  });
}

export async function updateField(deps: Deps, actor: Actor, fieldId: string, patch: { label?: string | undefined; required?: boolean | undefined; position?: number | undefined }): Promise<Field> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const before = await getField(trx, actor.workspaceId, fieldId);
    await repo.updateField(trx, actor.workspaceId, fieldId, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
    await record(trx, actor, { action: 'fields.updated', entityType: 'field', entityId: fieldId, before: { label: before.label, required: before.required }, after: patch });
    return getField(trx, actor.workspaceId, fieldId);
  });
}

/** Archiving hides the field everywhere; stored values stay, so nothing is lost if it is brought back. */
export async function archiveField(deps: Deps, actor: Actor, fieldId: string): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const f = await getField(trx, actor.workspaceId, fieldId);
    await repo.archiveField(trx, actor.workspaceId, fieldId, deps.now());
    await record(trx, actor, { action: 'fields.archived', entityType: 'field', entityId: fieldId, before: { label: f.label } });
  });
}

export async function addOptions(deps: Deps, actor: Actor, fieldId: string, options: { label: string; color?: string | null | undefined }[]): Promise<Field> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    await getChoiceField(trx, actor.workspaceId, fieldId);
    const start = (await repo.maxOptionPosition(trx, actor.workspaceId, fieldId)) + 1;
    await repo.insertOptions(trx, actor.workspaceId, options.map((o, i) => ({ field_id: fieldId, option_id: uuidv7(), label: o.label, color: o.color ?? null, position: start + i })));
    await record(trx, actor, { action: 'fields.options_added', entityType: 'field', entityId: fieldId, after: { count: options.length } });
    return getField(trx, actor.workspaceId, fieldId);
  });
}

/** Renaming changes the label only: records hold the option's id, so they follow by themselves. */
export async function updateOption(deps: Deps, actor: Actor, fieldId: string, optionId: string, patch: { label?: string | undefined; color?: string | null | undefined }): Promise<Field> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const field = await getChoiceField(trx, actor.workspaceId, fieldId);
    const before = field.options.find((o) => o.optionId === optionId);
    if (!before) throw notFound('option');
    await repo.updateOption(trx, actor.workspaceId, fieldId, optionId, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
    await record(trx, actor, { action: 'fields.option_updated', entityType: 'field', entityId: fieldId, before, after: patch });
    return getField(trx, actor.workspaceId, fieldId);
  });
}

export async function reorderOptions(deps: Deps, actor: Actor, fieldId: string, optionIds: string[]): Promise<Field> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const field = await getChoiceField(trx, actor.workspaceId, fieldId);
    const known = new Set(field.options.map((o) => o.optionId));
    if (optionIds.length !== known.size || new Set(optionIds).size !== known.size || optionIds.some((id) => !known.has(id))) {
      throw new AppError(400, 'reorder_mismatch', { field: 'optionIds', params: { count: known.size } });
    }
    await repo.reorderOptions(trx, actor.workspaceId, fieldId, optionIds);
    await record(trx, actor, { action: 'fields.options_reordered', entityType: 'field', entityId: fieldId });
    return getField(trx, actor.workspaceId, fieldId);
  });
}

/** Merges options into one: every record holding any of them then holds the target (once). */
export async function mergeOptions(deps: Deps, actor: Actor, fieldId: string, fromOptionIds: string[], intoOptionId: string): Promise<{ field: Field; recordsChanged: number }> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const field = await getChoiceField(trx, actor.workspaceId, fieldId);
    const known = new Set(field.options.map((o) => o.optionId));
    const from = fromOptionIds.filter((id) => id !== intoOptionId);
    if (!known.has(intoOptionId) || from.some((id) => !known.has(id))) throw notFound('option');
    const holder = holderFor(field.entityType);
    const recordsChanged = holder ? await repo.replaceChoiceValues(trx, holder.table, actor.workspaceId, fieldId, from, intoOptionId, field.type === 'multiple_choice') : 0;
    await repo.archiveOptions(trx, actor.workspaceId, fieldId, from, deps.now());
    await record(trx, actor, { action: 'fields.options_merged', entityType: 'field', entityId: fieldId, after: { from, into: intoOptionId, recordsChanged } });
    return { field: await getField(trx, actor.workspaceId, fieldId), recordsChanged };
  });
}

/** For records: the custom values to store, checked against this workspace's fields. */
export async function checkValues(db: Executor, workspaceId: string, entityType: FieldEntityType, input: Record<string, unknown>) {
  const r = checkCustomValues(await listFields(db, workspaceId, entityType), input);
  if (!r.ok) throw new InvalidFieldsError(r.errors);
  return r;
}

/** A record's custom values after `input` is applied (checked against the fields; null removes one), as stored. */
export async function nextCustomValues(db: Executor, workspaceId: string, entityType: FieldEntityType, current: Record<string, unknown> | null, input: Record<string, unknown>): Promise<string> {
  const c = await checkValues(db, workspaceId, entityType, input);
  const next: Record<string, unknown> = { ...(current ?? {}), ...c.set };
  for (const id of c.remove) delete next[id];
  return JSON.stringify(next);
}
