// What a person chooses between when merging two records: the fields that differ, grouped where they only
// make sense together (a name, an address), the default choice for each, and the merge request they make.
import type { Person } from '../../../common/people.ts';
import type { MergeBody } from './api.ts';

export type Side = 'a' | 'b';
type MergeField = keyof NonNullable<MergeBody['fields']>;

/** The choices, in the order of the record page; an address is taken whole, never 〒 from one and 番地 from the other. */
export const MERGE_GROUPS = [
  { key: 'name', fields: ['familyName', 'givenName'] },
  { key: 'kana', fields: ['familyNameKana', 'givenNameKana'] },
  { key: 'birthday', fields: ['birthday'] },
  { key: 'gender', fields: ['gender'] },
  { key: 'address', fields: ['postalCode', 'prefecture', 'city', 'addressLine', 'building'] },
  { key: 'company', fields: ['companyId'] },
  { key: 'department', fields: ['department'] },
  { key: 'jobTitle', fields: ['jobTitle'] },
  { key: 'memberNumber', fields: ['memberNumber'] },
  { key: 'preferredChannel', fields: ['preferredChannel'] },
  { key: 'source', fields: ['source'] },
  { key: 'lifecycleStage', fields: ['lifecycleStage'] },
  { key: 'familyNotes', fields: ['familyNotes'] },
  { key: 'interests', fields: ['interests'] },
] as const satisfies readonly { key: string; fields: readonly MergeField[] }[];

export type MergeGroup = (typeof MERGE_GROUPS)[number];
export type GroupKey = MergeGroup['key'];
export type Choices = Partial<Record<GroupKey, Side>>;

const valuesOf = (p: Person, group: MergeGroup) => group.fields.map((f) => p[f] ?? '');
const isEmpty = (p: Person, group: MergeGroup) => valuesOf(p, group).every((v) => v === '');

export function differs(a: Person, b: Person, group: MergeGroup): boolean {
  return valuesOf(a, group).some((v, i) => v !== valuesOf(b, group)[i]);
}

/** The record edited last, whose values are likelier to be current; on a tie the second. */
export function newerSide(a: Person, b: Person): Side {
  return a.updatedAt > b.updatedAt ? 'a' : 'b';
}

/** The record that was there first keeps its id (links and bookmarks to it keep working). */
export function olderSide(a: Person, b: Person): Side {
  return a.createdAt <= b.createdAt ? 'a' : 'b';
}

/** For each field that differs: the newer record's value, or the other's where the newer has none. */
export function defaultChoices(a: Person, b: Person): Choices {
  const newer = newerSide(a, b);
  const other: Side = newer === 'a' ? 'b' : 'a';
  const choices: Choices = {};
  for (const group of MERGE_GROUPS) {
    if (differs(a, b, group)) choices[group.key] = isEmpty(newer === 'a' ? a : b, group) ? other : newer;
  }
  return choices;
}

/** The merge request: `survivor` keeps its id; each chosen group names, field by field, whose value stays. */
export function mergeRequest(a: Person, b: Person, survivor: Side, choices: Choices): MergeBody {
  const fields: Partial<Record<MergeField, 'survivor' | 'merged'>> = {};
  for (const group of MERGE_GROUPS) {
    const side = choices[group.key];
    if (side === undefined) continue;
    for (const field of group.fields) fields[field] = side === survivor ? 'survivor' : 'merged';
  }
  return { survivorId: survivor === 'a' ? a.personId : b.personId, mergedId: survivor === 'a' ? b.personId : a.personId, fields };
}
