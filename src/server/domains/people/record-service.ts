// Creating, reading, editing and deleting one person: rules from rules.ts, storage in record-repo.ts,
// optimistic versions so a concurrent edit is refused instead of silently overwritten.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError, InvalidFieldsError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { displayName, searchKey } from '../../lib/japanese/index.ts';
import { record } from '../audit/index.ts';
import { isMember } from '../auth/index.ts';
import { nextCustomValues } from '../fields/index.ts';
import type { Person, PersonInput, PersonPatch } from '../../../common/people.ts';
import * as repo from './record-repo.ts';
import { ageOn, keyColumns, personKeys, preparePerson, todayInJapan, type PreparedPerson } from './rules.ts';
import { isoTime } from '../../lib/time.ts';

const dateOnly = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : todayInJapan(d));

function prepared(deps: Deps, input: Partial<PersonInput>): PreparedPerson {
  const r = preparePerson(input, todayInJapan(deps.now()));
  if (!r.ok) throw new InvalidFieldsError(r.errors);
  return r.person;
}

async function checkReferences(db: Executor, workspaceId: string, v: Record<string, unknown>): Promise<string | null | undefined> {
  let company: string | null | undefined;
  if (typeof v.company_id === 'string') {
    company = await repo.companyName(db, workspaceId, v.company_id);
    if (company === undefined) throw new InvalidFieldsError([{ field: 'companyId', code: 'unknown_reference' }]);
  }
  // An owner is someone of this workspace: an id from elsewhere would name a stranger on the record.
  if (typeof v.owner_user_id === 'string' && !(await isMember(db, workspaceId, v.owner_user_id))) {
    throw new InvalidFieldsError([{ field: 'ownerUserId', code: 'unknown_reference' }]);
  }
  return company;
}

/** The ids of these tags (names compared by search key, first spelling kept), creating those not there yet. */
export async function ensureTagIds(db: Executor, workspaceId: string, names: string[]): Promise<string[]> {
  const unique = [...new Map(names.map((name) => [searchKey(name), name])).entries()];
  return repo.ensureTags(db, workspaceId, unique.map(([nameKey, name]) => ({ tagId: uuidv7(), name, nameKey })));
}

/** Stores emails, phones and tags as given, then the keys computed from the whole record. */
async function writeParts(db: Executor, workspaceId: string, personId: string, p: PreparedPerson, tags: string[] | undefined, accounts: PersonInput['accounts']) {
  if (accounts) await repo.replaceAccounts(db, workspaceId, personId, accounts.map((a) => ({ ...a, accountId: uuidv7() })));
  if (p.emails) await repo.replaceEmails(db, workspaceId, personId, p.emails.map((e) => ({ ...e, emailId: uuidv7() })));
  if (p.phones) await repo.replacePhones(db, workspaceId, personId, p.phones.map((ph) => ({ ...ph, phoneId: uuidv7() })));
  if (tags) await repo.setPersonTags(db, workspaceId, personId, await ensureTagIds(db, workspaceId, tags));
  await refreshDerived(db, workspaceId, personId);
}

/** Recomputes the search, sort and dedup keys and the primary contacts from the stored record. */
export async function refreshDerived(db: Executor, workspaceId: string, personId: string): Promise<void> {
  const row = (await repo.findPerson(db, workspaceId, personId, { withDeleted: true }))!;
  const emails = await repo.emailsOf(db, workspaceId, personId);
  const phones = await repo.phonesOf(db, workspaceId, personId);
  // The list shows the primary email and phone without a join.
  await repo.setDerived(db, workspaceId, personId, {
    ...keyColumns({ ...row }, { emails: emails.map((e) => e.email), phones: phones.map((x) => x.e164), companyName: row.company_name }),
    email: emails.find((e) => e.is_primary)?.email ?? null, phone: phones.find((x) => x.is_primary)?.display ?? null,
  });
}

export async function getPerson(deps: Deps, db: Executor, workspaceId: string, personId: string): Promise<Person> {
  const r = await repo.findPerson(db, workspaceId, personId);
  if (!r) throw notFound('person');
  const birthday = dateOnly(r.birthday);
  return {
    personId: r.person_id, version: r.version,
    displayName: displayName({ familyName: r.family_name, givenName: r.given_name }, 'ja'),
    familyName: r.family_name, givenName: r.given_name, familyNameKana: r.family_name_kana, givenNameKana: r.given_name_kana,
    emails: (await repo.emailsOf(db, workspaceId, personId)).map((e) => ({ emailId: e.email_id, email: e.email, label: e.label, isPrimary: e.is_primary })),
    phones: (await repo.phonesOf(db, workspaceId, personId)).map((p) => ({ phoneId: p.phone_id, e164: p.e164, display: p.display, label: p.label, isPrimary: p.is_primary })),
    birthday, age: ageOn(birthday, todayInJapan(deps.now())), gender: r.gender as Person['gender'],
    postalCode: r.postal_code, prefecture: r.prefecture, city: r.city, addressLine: r.address_line, building: r.building,
    companyId: r.company_id, companyName: r.company_name, jobTitle: r.job_title, department: r.department,
    memberNumber: r.member_number, preferredChannel: r.preferred_channel as Person['preferredChannel'], source: r.source,
    ownerUserId: r.owner_user_id, lifecycleStage: r.lifecycle_stage as Person['lifecycleStage'], lifecycleChangedAt: isoTime(r.lifecycle_changed_at),
    familyNotes: r.family_notes, interests: r.interests, tags: await repo.tagsOf(db, workspaceId, personId),
    accounts: await repo.accountsOf(db, workspaceId, personId),
    lifecycleHistory: (await repo.lifecycleHistoryOf(db, workspaceId, personId)).map((c) => ({
      fromStage: c.from_stage as Person['lifecycleStage'] | null, toStage: c.to_stage as Person['lifecycleStage'], changedAt: isoTime(c.changed_at),
    })),
    custom: (r.custom ?? {}) as Record<string, unknown>,
    createdAt: isoTime(r.created_at), updatedAt: isoTime(r.updated_at),
  };
}

export async function createPerson(deps: Deps, actor: Actor, input: PersonInput): Promise<Person> {
  const p = prepared(deps, input);
  return deps.db.kysely.transaction().execute(async (trx) => {
    await checkReferences(trx, actor.workspaceId, p.values);
    const personId = uuidv7();
    const custom = await nextCustomValues(trx, actor.workspaceId, 'person', null, input.custom ?? {});
    await repo.insertPerson(trx, { ...p.values, custom, workspace_id: actor.workspaceId, person_id: personId, lifecycle_changed_at: deps.now() });
    await writeParts(trx, actor.workspaceId, personId, p, input.tags, input.accounts);
    await repo.insertLifecycleChange(trx, { workspace_id: actor.workspaceId, change_id: uuidv7(), person_id: personId, from_stage: null, to_stage: String(p.values.lifecycle_stage ?? 'prospect'), changed_by: actor.userId, changed_at: deps.now() });
    const person = await getPerson(deps, trx, actor.workspaceId, personId);
    await record(trx, actor, { action: 'people.created', entityType: 'person', entityId: personId, after: person });
    return person;
  });
}

export async function updatePerson(deps: Deps, actor: Actor, personId: string, patch: PersonPatch): Promise<Person> {
  const { version, tags, custom, accounts, ...fields } = patch;
  const p = prepared(deps, fields);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findPerson(trx, actor.workspaceId, personId, { forUpdate: true });
    if (!current) throw notFound('person');
    if (current.version !== version) throw new AppError(409, 'version_conflict', { field: 'version', params: { current: current.version } });
    await checkReferences(trx, actor.workspaceId, p.values);
    if (custom) p.values.custom = await nextCustomValues(trx, actor.workspaceId, 'person', current.custom, custom);
    const before = await getPerson(deps, trx, actor.workspaceId, personId);
    const stage = p.values.lifecycle_stage;
    const values = stage !== undefined && stage !== current.lifecycle_stage ? { ...p.values, lifecycle_changed_at: deps.now() } : p.values;
    if (!(await repo.updatePersonAtVersion(trx, actor.workspaceId, personId, version, values))) throw new AppError(409, 'version_conflict', { field: 'version' });
    await writeParts(trx, actor.workspaceId, personId, p, tags, accounts);
    if (stage !== undefined && stage !== current.lifecycle_stage) {
      await repo.insertLifecycleChange(trx, { workspace_id: actor.workspaceId, change_id: uuidv7(), person_id: personId, from_stage: current.lifecycle_stage, to_stage: String(stage), changed_by: actor.userId, changed_at: deps.now() });
    }
    const after = await getPerson(deps, trx, actor.workspaceId, personId);
    await record(trx, actor, { action: 'people.updated', entityType: 'person', entityId: personId, before, after });
    return after;
  });
}

/** Deleting hides the person at once and can be undone (restore); nothing is erased here. */
export async function deletePerson(deps: Deps, actor: Actor, personId: string, deleted: boolean): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.setDeleted(trx, actor.workspaceId, personId, deleted ? deps.now() : null))) throw notFound('person');
    await record(trx, actor, { action: deleted ? 'people.deleted' : 'people.restored', entityType: 'person', entityId: personId });
  });
}

/** Likely duplicates of a draft (or of an edit, excluding the record itself), with why each matched. */
/** A draft with the parts that break a rule left out: a half-typed email must not hide a matching phone. */
function validParts(input: Partial<PersonInput>, today: string): PreparedPerson | undefined {
  const first = preparePerson(input, today);
  if (first.ok) return first.person;
  const bad = new Set(first.errors.map((e) => e.field));
  const top = new Set(first.errors.map((e) => e.field.split('.')[0]));
  const kept: Record<string, unknown> = Object.fromEntries(Object.entries(input).filter(([k]) => !top.has(k) || k === 'emails' || k === 'phones'));
  if (input.emails) kept.emails = input.emails.filter((_, i) => !bad.has(`emails.${i}.email`));
  if (input.phones) kept.phones = input.phones.filter((_, i) => !bad.has(`phones.${i}.phone`));
  const second = preparePerson(kept as Partial<PersonInput>, today);
  return second.ok ? second.person : undefined;
}

export async function duplicatesOf(deps: Deps, workspaceId: string, input: Partial<PersonInput>, excludeId: string | null) {
  const prepared = validParts(input, todayInJapan(deps.now()));
  if (!prepared) return [];
  const r = { person: prepared };
  const v = r.person.values;
  const keys = personKeys({
    familyName: String(v.family_name ?? ''), givenName: (v.given_name as string | null) ?? null,
    familyNameKana: (v.family_name_kana as string | null) ?? null, givenNameKana: (v.given_name_kana as string | null) ?? null,
    emails: [], phones: [], memberNumber: null, companyName: null,
  });
  const rows = await repo.duplicateCandidates(deps.db.kysely, workspaceId, {
    excludeId, emailKeys: (r.person.emails ?? []).map((e) => e.emailKey), e164s: (r.person.phones ?? []).map((p) => p.e164),
    nameKey: keys.name, kanaKey: keys.kana, birthday: (v.birthday as string | null) ?? null, postalCode: (v.postal_code as string | null) ?? null,
  });
  const reasons = new Map<string, repo.DuplicateReason[]>();
  for (const row of rows) reasons.set(row.person_id, [...new Set([...(reasons.get(row.person_id) ?? []), row.reason])]);
  const out = [];
  for (const [personId, why] of reasons) {
    const person = await getPerson(deps, deps.db.kysely, workspaceId, personId);
    out.push({ person: { personId, displayName: person.displayName, email: person.emails[0]?.email ?? null, phone: person.phones[0]?.display ?? null }, reasons: why });
  }
  return out;
}

/** For other domains writing about a person: the live person, or not found. */
export async function findLivePerson(db: Executor, workspaceId: string, personId: string): Promise<{ personId: string; lifecycleStage: string }> {
  const r = await repo.findPerson(db, workspaceId, personId);
  if (!r) throw notFound('person');
  return { personId: r.person_id, lifecycleStage: r.lifecycle_stage };
}
