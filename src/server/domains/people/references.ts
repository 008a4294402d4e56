// Every table whose rows point at a person, so that merging two people can move them all. Each domain
// registers its own tables (people's own below; history, consents, list memberships in later issues);
// the merge code never names a table.
import type { Executor } from '../../platform/db/index.ts';

export interface PersonReference {
  /** Table name; rows are scoped by workspace_id like every table. */
  table: string;
  /** The column holding the person's id. */
  personColumn: string;
  /** Columns that, with workspace_id, identify a row: what an undo moves back. */
  key: string[];
  /**
   * Columns that, with workspace_id and the person column, must be unique (a tag once per person):
   * the merged person's row that would collide is removed and kept for undo instead of moved. An empty
   * list means one row per person (per-person figures): the merged person's is kept for undo if the
   * survivor has one.
   */
  uniqueWith?: string[];
}

const registry = new Map<string, PersonReference>();

export function registerPersonReference(ref: PersonReference): void {
  registry.set(ref.table, ref);
}

export function personReferences(): PersonReference[] {
  return [...registry.values()];
}

/** Work after a merge (for the survivor) or its undo (for both), inside its transaction: figures recomputed from moved rows. */
export type MergeFollowUp = (db: Executor, workspaceId: string, personIds: string[]) => Promise<void>;
const followUps: MergeFollowUp[] = [];

export function registerMergeFollowUp(f: MergeFollowUp): void {
  followUps.push(f);
}

export function mergeFollowUps(): MergeFollowUp[] {
  return [...followUps];
}

registerPersonReference({ table: 'person_emails', personColumn: 'person_id', key: ['email_id'] });
registerPersonReference({ table: 'person_phones', personColumn: 'person_id', key: ['phone_id'] });
registerPersonReference({ table: 'person_accounts', personColumn: 'person_id', key: ['account_id'] });
registerPersonReference({ table: 'person_tags', personColumn: 'person_id', key: ['person_id', 'tag_id'], uniqueWith: ['tag_id'] });
registerPersonReference({ table: 'person_notes', personColumn: 'person_id', key: ['note_id'] });
registerPersonReference({ table: 'lifecycle_changes', personColumn: 'person_id', key: ['change_id'] });
