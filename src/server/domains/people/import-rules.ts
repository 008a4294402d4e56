// How a file's rows meet the records, pure: rows that repeat each other merged into one, and a merged row
// laid over a record already here (fill only its empty fields, or overwrite them), with the keys and
// primary contacts that follow. The import run (imports domain) decides which rows meet which record.
import type { PreparedEmail, PreparedPhone } from './rules.ts';
import { keyColumns } from './rules.ts';

/** One person as a file gives it: column values checked by preparePerson, contacts, and what links elsewhere. */
export interface IncomingPerson {
  /** Column values the row names (a blank cell is simply not here). */
  values: Record<string, unknown>;
  emails: PreparedEmail[];
  phones: PreparedPhone[];
  tags: string[];
  companyName: string | null;
  note: string | null;
  /** Custom values by field id, already checked against the fields. */
  custom: Record<string, unknown>;
}

/** A record as stored, with what the rules need to lay a row over it. */
export interface CurrentPerson {
  personId: string;
  columns: Record<string, unknown>;
  emails: { email: string; emailKey: string }[];
  phones: { e164: string; display: string }[];
  tagNameKeys: Set<string>;
  companyName: string | null;
}

/** The columns an import may change; the address is one unit (a filled postal code beside an old town would be a wrong address). */
export const IMPORT_COLUMNS = [
  'family_name', 'given_name', 'family_name_kana', 'given_name_kana', 'birthday', 'gender', 'postal_code', 'prefecture', 'city', 'address_line',
  'building', 'company_id', 'job_title', 'department', 'member_number', 'source', 'family_notes', 'interests',
] as const;
const ADDRESS = ['postal_code', 'prefecture', 'city', 'address_line', 'building'] as const;
/** Kept in step with the record by the rules below, never set from a cell. */
export const DERIVED_COLUMNS = ['custom', 'search_key', 'search_bigrams', 'kana_key', 'name_key', 'email', 'phone'] as const;

const given = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * Two rows of a file that name the same person, as one: with `overwrite` the later row's values win,
 * otherwise the earlier row keeps its values and the later one only fills the gaps. Contacts and tags add up.
 */
export function mergeIncoming(a: IncomingPerson, b: IncomingPerson, overwrite: boolean): IncomingPerson {
  const pick = (x: unknown, y: unknown) => (overwrite ? (given(y) ? y : x) : given(x) ? x : y);
  const values: Record<string, unknown> = { ...a.values };
  for (const [k, v] of Object.entries(b.values)) values[k] = pick(a.values[k], v);
  const custom: Record<string, unknown> = { ...a.custom };
  for (const [k, v] of Object.entries(b.custom)) custom[k] = pick(a.custom[k], v);
  const emails = [...a.emails, ...b.emails.filter((e) => !a.emails.some((x) => x.emailKey === e.emailKey))];
  const phones = [...a.phones, ...b.phones.filter((p) => !a.phones.some((x) => x.e164 === p.e164))];
  const notes = [a.note, b.note].filter((n): n is string => !!n);
  return {
    values, emails: emails.map((e, i) => ({ ...e, isPrimary: i === 0 })), phones: phones.map((p, i) => ({ ...p, isPrimary: i === 0 })),
    tags: [...new Set([...a.tags, ...b.tags])],
    companyName: pick(a.companyName, b.companyName) as string | null,
    note: notes.length ? [...new Set(notes)].join('\n') : null,
    custom,
  };
}

export interface PersonChange {
  /** Every column the change writes, with its new value (derived ones included). */
  set: Record<string, unknown>;
  addEmails: PreparedEmail[];
  addPhones: PreparedPhone[];
  /** Tag names the record does not carry yet. */
  addTags: string[];
  note: string | null;
}

/** Two column values alike as stored (null and undefined alike; jsonb objects come back in one key order). */
export const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

/**
 * A row laid over a record: `fill` writes only into empty fields (the address only when the record has
 * none), `overwrite` replaces what the file gives. Emails and phones the record lacks are added (the
 * record's primary ones stay primary); tags are added; nothing is ever cleared by a blank cell.
 * `companyIds` resolves the row's company name. Null when the row changes nothing.
 */
export function changeFor(current: CurrentPerson, row: IncomingPerson, mode: 'fill' | 'overwrite', companyId: string | null, nameKeyOf: (tag: string) => string): PersonChange | null {
  const cols = current.columns;
  const incoming: Record<string, unknown> = { ...row.values, ...(companyId ? { company_id: companyId } : {}) };
  const set: Record<string, unknown> = {};
  const hasAddress = ADDRESS.some((c) => given(cols[c]));
  for (const c of IMPORT_COLUMNS) {
    const v = incoming[c];
    if (!given(v) || same(v, cols[c])) continue;
    const empty = (ADDRESS as readonly string[]).includes(c) ? !hasAddress : !given(cols[c]);
    if (mode === 'overwrite' || empty) set[c] = v;
  }
  // A stage is never empty, so only overwrite moves it (the caller dates it and writes its history row).
  const stage = row.values.lifecycle_stage;
  if (mode === 'overwrite' && given(stage) && stage !== cols.lifecycle_stage) set.lifecycle_stage = stage;
  // An address is replaced whole: parts the file leaves out do not survive from the old one.
  if (mode === 'overwrite' && ADDRESS.some((c) => c in set)) for (const c of ADDRESS) if (!(c in set) && given(cols[c])) set[c] = null;

  const customNow = (cols.custom ?? {}) as Record<string, unknown>;
  const custom = { ...customNow };
  for (const [id, v] of Object.entries(row.custom)) if (given(v) && !same(v, customNow[id]) && (mode === 'overwrite' || !given(customNow[id]))) custom[id] = v;
  if (!same(custom, customNow)) set.custom = custom;

  const hasPrimaryEmail = current.emails.length > 0;
  const hasPrimaryPhone = current.phones.length > 0;
  const addEmails = row.emails.filter((e) => !current.emails.some((x) => x.emailKey === e.emailKey))
    .map((e, i) => ({ ...e, isPrimary: !hasPrimaryEmail && i === 0 }));
  const addPhones = row.phones.filter((p) => !current.phones.some((x) => x.e164 === p.e164))
    .map((p, i) => ({ ...p, isPrimary: !hasPrimaryPhone && i === 0 }));
  const addTags = [...new Map(row.tags.map((t) => [nameKeyOf(t), t])).entries()].filter(([k]) => !current.tagNameKeys.has(k)).map(([, t]) => t);
  const note = row.note && row.note.trim() !== '' ? row.note : null;
  if (!Object.keys(set).length && !addEmails.length && !addPhones.length && !addTags.length && !note) return null;

  const after = { ...cols, ...set };
  const derived: Record<string, unknown> = keyColumns(after, {
    emails: [...current.emails.map((e) => e.email), ...addEmails.map((e) => e.email)],
    phones: [...current.phones.map((p) => p.e164), ...addPhones.map((p) => p.e164)],
    companyName: 'company_id' in set ? row.companyName : current.companyName,
  });
  if (!hasPrimaryEmail && addEmails[0]) derived.email = addEmails[0].email;
  if (!hasPrimaryPhone && addPhones[0]) derived.phone = addPhones[0].display;
  for (const [k, v] of Object.entries(derived)) if (!same(v, cols[k])) set[k] = v;
  return { set, addEmails, addPhones, addTags, note };
}
