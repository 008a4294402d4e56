// A file import's writes to people, a batch at a time, and their undo. The caller (the imports domain) has
// already read, checked and matched the rows; here they become records: new people with their contacts,
// tags, note and stage history, and changes to people already here, each change kept (before and after)
// so that undo can put back exactly what was there — unless someone has edited that field since.
import type { Executor } from '../../platform/db/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { searchKey } from '../../lib/japanese/index.ts';
import { changeFor, same, type CurrentPerson, type IncomingPerson } from './import-rules.ts';
import * as repo from './import-repo.ts';
import { personReferences } from './references.ts';
import { keyColumns } from './rules.ts';

export interface ImportWrite {
  creates: IncomingPerson[];
  updates: { personId: string; incoming: IncomingPerson; mode: 'fill' | 'overwrite' }[];
  /**
   * Finds or makes companies by name (the companies domain's). Asked only for the names a record will
   * carry: a fill update of someone who already has a company makes none that would sit unused.
   */
  companies: (names: string[]) => Promise<Map<string, string>>;
  userId: string | null;
  /** Shown as the author of notes from the file. */
  authorLabel: string;
  now: Date;
  today: string;
}

/** What undo needs for one changed person: the columns before and after, and the ids of what was added. */
export interface PersonImportChange {
  personId: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  emailIds: string[]; phoneIds: string[]; tagIds: string[]; noteIds: string[];
  /** Stage-history rows added (an overwrite that moved the stage); absent in records written before stages moved. */
  stageIds?: string[];
}

export interface ImportWriteResult {
  created: string[];
  changes: PersonImportChange[];
  createdTags: string[];
  /** Matched people the rows did not change (everything already there). */
  unchanged: number;
  /** Matched people deleted since the match: their rows are left out. */
  gone: number;
}

const tagKey = (name: string) => searchKey(name);

export async function writeImportedPeople(db: Executor, workspaceId: string, w: ImportWrite): Promise<ImportWriteResult> {
  const ids = w.updates.map((u) => u.personId);
  const rows = await repo.peopleForUpdate(db, workspaceId, ids);
  const contacts = await repo.contactsOf(db, workspaceId, ids);
  const current = new Map(rows.filter((r) => !r.deleted).map((r) => {
    const { person_id: personId, company_name: companyName, deleted: _deleted, ...columns } = r;
    const c: CurrentPerson & { version: number; updatedAt: string } = {
      personId, columns, companyName, version: r.version, updatedAt: r.updated_at,
      emails: contacts.emails.filter((e) => e.person_id === personId).map((e) => ({ email: e.email, emailKey: e.email_key })),
      phones: contacts.phones.filter((p) => p.person_id === personId).map((p) => ({ e164: p.e164, display: p.display })),
      tagNameKeys: new Set(contacts.tags.filter((t) => t.person_id === personId).map((t) => t.name_key)),
    };
    return [personId, c];
  }));

  const needsCompany = (u: ImportWrite['updates'][number]) => u.mode === 'overwrite' || !current.get(u.personId)?.columns.company_id;
  const named = [...w.creates, ...w.updates.filter(needsCompany).map((u) => u.incoming)].flatMap((p) => (p.companyName ? [p.companyName] : []));
  const companyIds = named.length ? await w.companies([...new Set(named)]) : new Map<string, string>();
  const companyOf = (p: IncomingPerson) => (p.companyName ? companyIds.get(p.companyName) ?? null : null);

  const people: Record<string, unknown>[] = [];
  const emails: Record<string, unknown>[] = [];
  const phones: Record<string, unknown>[] = [];
  const notes: Record<string, unknown>[] = [];
  const stages: Record<string, unknown>[] = [];
  const tagged: { personId: string; tags: string[] }[] = [];
  const created: string[] = [];
  /** A line of stage history; its id, for undo. */
  const stage = (personId: string, from: unknown, to: unknown) => {
    const changeId = uuidv7();
    stages.push({ workspace_id: workspaceId, change_id: changeId, person_id: personId, from_stage: from, to_stage: to, changed_at: w.now.toISOString(), changed_by: w.userId });
    return changeId;
  };
  const note = (personId: string, body: string | null) => {
    if (!body) return null;
    const noteId = uuidv7();
    notes.push({ workspace_id: workspaceId, note_id: noteId, person_id: personId, author_user_id: w.userId, author_label: w.authorLabel, body: body.slice(0, 20000), noted_on: w.today });
    return noteId;
  };
  const contactRows = (personId: string, es: IncomingPerson['emails'], ps: IncomingPerson['phones'], from: { emails: number; phones: number }) => {
    const e = es.map((x, i) => ({ workspace_id: workspaceId, person_id: personId, email_id: uuidv7(), email: x.email, email_key: x.emailKey, is_primary: x.isPrimary, position: from.emails + i }));
    const p = ps.map((x, i) => ({ workspace_id: workspaceId, person_id: personId, phone_id: uuidv7(), e164: x.e164, display: x.display, is_primary: x.isPrimary, position: from.phones + i }));
    emails.push(...e);
    phones.push(...p);
    return { emailIds: e.map((x) => x.email_id), phoneIds: p.map((x) => x.phone_id) };
  };

  for (const incoming of w.creates) {
    const companyId = companyOf(incoming);
    const personId = uuidv7();
    const v = incoming.values;
    people.push({
      ...v, workspace_id: workspaceId, person_id: personId, company_id: companyId, custom: incoming.custom,
      ...keyColumns(v, { emails: incoming.emails.map((e) => e.email), phones: incoming.phones.map((p) => p.e164), companyName: companyId ? incoming.companyName : null }),
      email: incoming.emails.find((e) => e.isPrimary)?.email ?? null, phone: incoming.phones.find((p) => p.isPrimary)?.display ?? null,
      lifecycle_stage: v.lifecycle_stage ?? 'prospect', lifecycle_changed_at: w.now.toISOString(),
    });
    contactRows(personId, incoming.emails, incoming.phones, { emails: 0, phones: 0 });
    note(personId, incoming.note);
    stage(personId, null, v.lifecycle_stage ?? 'prospect');
    if (incoming.tags.length) tagged.push({ personId, tags: incoming.tags });
    created.push(personId);
  }

  const changes: PersonImportChange[] = [];
  const written: Record<string, unknown>[] = [];
  let unchanged = 0;
  let gone = 0;
  for (const u of w.updates) {
    const c = current.get(u.personId);
    if (!c) { gone += 1; continue; }
    const change = changeFor(c, u.incoming, u.mode, companyOf(u.incoming), tagKey);
    if (!change) { unchanged += 1; continue; }
    const added = contactRows(u.personId, change.addEmails, change.addPhones, { emails: c.emails.length, phones: c.phones.length });
    const noteId = note(u.personId, change.note);
    const stageIds: string[] = [];
    if (change.set.lifecycle_stage) {
      change.set.lifecycle_changed_at = w.now.toISOString();
      stageIds.push(stage(u.personId, c.columns.lifecycle_stage, change.set.lifecycle_stage));
    }
    if (change.addTags.length) tagged.push({ personId: u.personId, tags: change.addTags });
    const version = c.version + 1;
    written.push({ person_id: u.personId, ...c.columns, ...change.set, version, updated_at: w.now.toISOString() });
    changes.push({
      personId: u.personId,
      before: { ...c.columns, version: c.version, updated_at: c.updatedAt },
      after: { ...change.set, version },
      ...added, tagIds: change.addTags, noteIds: noteId ? [noteId] : [], stageIds,
    });
    // A person met again later in the same batch sees this batch's change.
    c.columns = { ...c.columns, ...change.set };
    c.version = version;
    c.emails.push(...change.addEmails.map((e) => ({ email: e.email, emailKey: e.emailKey })));
    c.phones.push(...change.addPhones.map((p) => ({ e164: p.e164, display: p.display })));
    for (const t of change.addTags) c.tagNameKeys.add(tagKey(t));
  }

  const allTags = tagged.flatMap((t) => t.tags);
  const tags = await repo.ensureTags(db, workspaceId, [...new Map(allTags.map((t) => [tagKey(t), t])).entries()].map(([name_key, name]) => ({ tag_id: uuidv7(), name, name_key })));
  const personTags = [...new Map(tagged.flatMap((t) => t.tags.map((name) => {
    const tag_id = tags.ids.get(tagKey(name))!;
    return [`${t.personId}:${tag_id}`, { workspace_id: workspaceId, person_id: t.personId, tag_id }] as const;
  }))).values()];
  // The change keeps tag ids, not names: undo removes exactly the links it added.
  for (const ch of changes) ch.tagIds = [...new Set(ch.tagIds.map((name) => tags.ids.get(tagKey(name))!))];

  await repo.insertPeople(db, people);
  // One change per person in the batch: the last carries everything (later rows saw the earlier ones).
  const lastWrite = new Map(written.map((r) => [r.person_id as string, r]));
  await repo.writePeople(db, workspaceId, [...lastWrite.values()]);
  await repo.insertEmails(db, emails);
  await repo.insertPhones(db, phones);
  await repo.insertPersonTags(db, personTags);
  await repo.insertNotes(db, notes);
  await repo.insertStages(db, stages);
  return { created, changes: foldChanges(changes), createdTags: tags.created, unchanged, gone };
}

/** Several changes to one person in a batch as one: the first's before, the last's after, every added id. */
function foldChanges(changes: PersonImportChange[]): PersonImportChange[] {
  const by = new Map<string, PersonImportChange>();
  for (const c of changes) {
    const prev = by.get(c.personId);
    by.set(c.personId, prev ? {
      personId: c.personId, before: prev.before, after: { ...prev.after, ...c.after },
      emailIds: [...prev.emailIds, ...c.emailIds], phoneIds: [...prev.phoneIds, ...c.phoneIds],
      tagIds: [...new Set([...prev.tagIds, ...c.tagIds])], noteIds: [...prev.noteIds, ...c.noteIds], stageIds: [...prev.stageIds ?? [], ...c.stageIds ?? []],
    } : c);
  }
  return [...by.values()];
}

export interface ImportUndoResult {
  /** New people removed for good. */
  removed: number;
  /** New people that have gained history since (orders, activities …): deleted the usual, restorable way instead. */
  hidden: number;
  /** Changed people put back. */
  restored: number;
  /** Fields left as they are because someone edited them after the import. */
  keptEdits: number;
}

// The people domain's own tables go with a removed person; rows of other domains would be lost with it.
const OWN_TABLES = new Set(['person_emails', 'person_phones', 'person_accounts', 'person_tags', 'person_notes', 'lifecycle_changes']);

/** Undoes a batch of an import's writes: `created` people removed, `changes` put back field by field. */
export async function undoImportedPeople(db: Executor, workspaceId: string, u: { created: string[]; changes: PersonImportChange[]; now: Date }): Promise<ImportUndoResult> {
  const result: ImportUndoResult = { removed: 0, hidden: 0, restored: 0, keptEdits: 0 };
  const elsewhere = await repo.referencedElsewhere(db, workspaceId, u.created, personReferences().filter((r) => !OWN_TABLES.has(r.table)));
  const removable = u.created.filter((id) => !elsewhere.has(id));
  await repo.deletePeople(db, workspaceId, removable);
  await repo.hidePeople(db, workspaceId, [...elsewhere], u.now);
  result.removed = removable.length;
  result.hidden = elsewhere.size;

  const ids = u.changes.map((c) => c.personId);
  await repo.deleteByIds(db, 'person_emails', 'email_id', workspaceId, u.changes.flatMap((c) => c.emailIds));
  await repo.deleteByIds(db, 'person_phones', 'phone_id', workspaceId, u.changes.flatMap((c) => c.phoneIds));
  await repo.deleteByIds(db, 'person_notes', 'note_id', workspaceId, u.changes.flatMap((c) => c.noteIds));
  await repo.deleteByIds(db, 'lifecycle_changes', 'change_id', workspaceId, u.changes.flatMap((c) => c.stageIds ?? []));
  await repo.deletePersonTags(db, workspaceId, u.changes.flatMap((c) => c.tagIds.map((tag_id) => ({ person_id: c.personId, tag_id }))));
  const rows = new Map((await repo.peopleForUpdate(db, workspaceId, ids)).map((r) => [r.person_id, r]));
  const contacts = await repo.contactsOf(db, workspaceId, ids);
  const writes: Record<string, unknown>[] = [];
  for (const c of u.changes) {
    const now = rows.get(c.personId);
    if (!now) continue;
    const { person_id: _id, company_name: companyName, deleted: _deleted, version, updated_at: _at, ...columns } = now;
    const next: Record<string, unknown> = { ...columns };
    let kept = 0;
    for (const [col, v] of Object.entries(c.after)) {
      // The stage's date goes back with the stage (it is stored in another form than the one written).
      if (col === 'version' || col === 'lifecycle_changed_at' || !(col in columns)) continue;
      if (same(columns[col], v)) next[col] = c.before[col];
      else kept += 1;
    }
    if ('lifecycle_stage' in c.after && next.lifecycle_stage === c.before.lifecycle_stage) next.lifecycle_changed_at = c.before.lifecycle_changed_at;
    result.keptEdits += kept;
    const untouched = kept === 0 && version === c.after.version;
    if (!untouched) {
      // Someone changed the person since: their edits stay, and the keys follow the record as it now is.
      Object.assign(next, keyColumns(next, {
        emails: contacts.emails.filter((e) => e.person_id === c.personId).map((e) => e.email),
        phones: contacts.phones.filter((p) => p.person_id === c.personId).map((p) => p.e164),
        companyName: next.company_id === columns.company_id ? companyName : null,
      }));
    }
    writes.push({
      person_id: c.personId, ...next,
      // Untouched since the import: the version and time from before it, so the record is as it was.
      version: untouched ? c.before.version : version + 1, updated_at: untouched ? c.before.updated_at : u.now.toISOString(),
    });
    result.restored += 1;
  }
  await repo.writePeople(db, workspaceId, writes);
  return result;
}

/** Tags an import created, removed once nobody carries them. */
export const removeUnusedTags = repo.deleteUnusedTags;
