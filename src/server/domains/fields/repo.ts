// custom_fields and custom_field_options: definitions per workspace. Values live in each record's
// `custom` jsonb, keyed by field id, choices by option id (renaming an option touches no record).
import type { FieldEntityType } from '../../../common/fields.ts';
import { sql, type Executor } from '../../platform/db/index.ts';

export interface FieldRow { field_id: string; entity_type: FieldEntityType; label: string; type: string; required: boolean; position: number }
export interface OptionRow { field_id: string; option_id: string; label: string; color: string | null; position: number }

export async function insertField(db: Executor, row: FieldRow & { workspace_id: string }): Promise<void> {
  await db.insertInto('custom_fields').values(row).execute();
}

export async function listFields(db: Executor, workspaceId: string, entityType?: string): Promise<FieldRow[]> {
  let q = db.selectFrom('custom_fields').select(['field_id', 'entity_type', 'label', 'type', 'required', 'position'])
    .where('workspace_id', '=', workspaceId).where('archived_at', 'is', null);
  if (entityType) q = q.where('entity_type', '=', entityType);
  return q.orderBy('position').orderBy('field_id').execute() as Promise<FieldRow[]>;
}

export async function findField(db: Executor, workspaceId: string, fieldId: string): Promise<FieldRow | undefined> {
  return db.selectFrom('custom_fields').select(['field_id', 'entity_type', 'label', 'type', 'required', 'position'])
    .where('workspace_id', '=', workspaceId).where('field_id', '=', fieldId).where('archived_at', 'is', null).executeTakeFirst() as Promise<FieldRow | undefined>;
}

export async function updateField(db: Executor, workspaceId: string, fieldId: string, v: Partial<Pick<FieldRow, 'label' | 'required' | 'position'>>): Promise<void> {
  if (Object.keys(v).length) await db.updateTable('custom_fields').set(v).where('workspace_id', '=', workspaceId).where('field_id', '=', fieldId).execute();
}

export async function archiveField(db: Executor, workspaceId: string, fieldId: string, at: Date): Promise<void> {
  await db.updateTable('custom_fields').set({ archived_at: at }).where('workspace_id', '=', workspaceId).where('field_id', '=', fieldId).execute();
}

export async function optionsOf(db: Executor, workspaceId: string, fieldIds: string[]): Promise<OptionRow[]> {
  if (!fieldIds.length) return [];
  return db.selectFrom('custom_field_options').select(['field_id', 'option_id', 'label', 'color', 'position'])
    .where('workspace_id', '=', workspaceId).where('field_id', 'in', fieldIds).where('archived_at', 'is', null)
    .orderBy('position').orderBy('option_id').execute() as Promise<OptionRow[]>;
}

export async function insertOptions(db: Executor, workspaceId: string, rows: OptionRow[]): Promise<void> {
  // Big option lists (hundreds) go in batches, far under the bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('custom_field_options').values(rows.slice(i, i + 500).map((r) => ({ ...r, workspace_id: workspaceId }))).execute();
  }
}

export async function maxOptionPosition(db: Executor, workspaceId: string, fieldId: string): Promise<number> {
  const r = await db.selectFrom('custom_field_options').select((eb) => eb.fn.max<number>('position').as('p'))
    .where('workspace_id', '=', workspaceId).where('field_id', '=', fieldId).executeTakeFirst() as { p: number | null } | undefined;
  return r?.p ?? -1;
}

export async function updateOption(db: Executor, workspaceId: string, fieldId: string, optionId: string, v: { label?: string; color?: string | null; position?: number }): Promise<number> {
  if (!Object.keys(v).length) return 1;
  const r = await db.updateTable('custom_field_options').set(v)
    .where('workspace_id', '=', workspaceId).where('field_id', '=', fieldId).where('option_id', '=', optionId).where('archived_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** New positions in the given order, in one statement. */
export async function reorderOptions(db: Executor, workspaceId: string, fieldId: string, optionIds: string[]): Promise<void> {
  await sql`
    update custom_field_options o set position = x.pos - 1
    from unnest(${optionIds}::uuid[]) with ordinality as x(option_id, pos)
    where o.workspace_id = ${workspaceId} and o.field_id = ${fieldId} and o.option_id = x.option_id
  `.execute(db);
}

export async function archiveOptions(db: Executor, workspaceId: string, fieldId: string, optionIds: string[], at: Date): Promise<void> {
  await db.updateTable('custom_field_options').set({ archived_at: at })
    .where('workspace_id', '=', workspaceId).where('field_id', '=', fieldId).where('option_id', 'in', optionIds).execute();
}

/**
 * Rewrites choice values in a holder table: every id in `from` becomes `into` (a list keeps each id
 * once). The table name comes from the registry, never from input.
 */
export async function replaceChoiceValues(db: Executor, table: string, workspaceId: string, fieldId: string, from: string[], into: string, multiple: boolean): Promise<number> {
  const r = multiple
    ? await sql`
        update ${sql.table(table)} set custom = jsonb_set(custom, array[${fieldId}::text], (
          select coalesce(jsonb_agg(distinct case when e = any(${from}::text[]) then ${into}::text else e end), '[]'::jsonb)
          from jsonb_array_elements_text(custom -> ${fieldId}::text) e))
        where workspace_id = ${workspaceId} and custom -> ${fieldId}::text ?| ${from}::text[]`.execute(db)
    : await sql`
        update ${sql.table(table)} set custom = jsonb_set(custom, array[${fieldId}::text], to_jsonb(${into}::text))
        where workspace_id = ${workspaceId} and custom ->> ${fieldId}::text = any(${from}::text[])`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
