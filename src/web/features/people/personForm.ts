// The person form's values and the pure steps between them and the API: a record into the form, the form
// into a create or a version-checked edit, and an edit carried over onto a newer version of the record.
import type { Person, PersonInput, PersonPatch } from '../../../common/people.ts';
import { changedCustom, customCreateBody, customFormValues, customPatchBody, rebaseCustom, type CustomValues } from '../fields/customValues.ts';
import type { Channel, Gender, LifecycleStage } from './options.ts';

export interface EmailItem { key: string; email: string; label: string | null; isPrimary: boolean }
export interface PhoneItem { key: string; phone: string; label: string | null; isPrimary: boolean }
export interface AccountItem { key: string; service: string; handle: string }

/** Named as PersonInput names them, so that the server's field errors land on the inputs as they are. */
export interface PersonFormValues {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  emails: EmailItem[];
  phones: PhoneItem[];
  accounts: AccountItem[];
  postalCode: string;
  prefecture: string;
  city: string;
  addressLine: string;
  building: string;
  birthday: string;
  gender: Gender | '';
  lifecycleStage: LifecycleStage;
  preferredChannel: Channel | '';
  source: string;
  memberNumber: string;
  tags: string[];
  familyNotes: string;
  interests: string;
  /** Custom field values by field id (see customValues.ts). */
  custom: CustomValues;
}

export type PersonField = keyof PersonFormValues;

let lastKey = 0;
/** React keys for list rows: a removed row must not hand its input (and its focus) to the next one. */
const rowKey = () => `row-${++lastKey}`;

export const emptyEmail = (isPrimary: boolean): EmailItem => ({ key: rowKey(), email: '', label: null, isPrimary });
export const emptyPhone = (isPrimary: boolean): PhoneItem => ({ key: rowKey(), phone: '', label: null, isPrimary });
export const emptyAccount = (): AccountItem => ({ key: rowKey(), service: '', handle: '' });

/** A blank form: one email and one phone row ready to type into (accounts, which fewer have, none), a new person is a prospect. */
export function emptyValues(): PersonFormValues {
  return {
    familyName: '', givenName: '', familyNameKana: '', givenNameKana: '',
    emails: [emptyEmail(true)], phones: [emptyPhone(true)], accounts: [],
    postalCode: '', prefecture: '', city: '', addressLine: '', building: '',
    birthday: '', gender: '', lifecycleStage: 'prospect', preferredChannel: '',
    source: '', memberNumber: '', tags: [], familyNotes: '', interests: '', custom: {},
  };
}

export function valuesFromPerson(person: Person): PersonFormValues {
  return {
    familyName: person.familyName,
    givenName: person.givenName ?? '',
    familyNameKana: person.familyNameKana ?? '',
    givenNameKana: person.givenNameKana ?? '',
    emails: person.emails.map(({ email, label, isPrimary }) => ({ key: rowKey(), email, label, isPrimary })),
    phones: person.phones.map(({ display, label, isPrimary }) => ({ key: rowKey(), phone: display, label, isPrimary })),
    accounts: person.accounts.map(({ service, handle }) => ({ key: rowKey(), service, handle })),
    postalCode: person.postalCode ?? '',
    prefecture: person.prefecture ?? '',
    city: person.city ?? '',
    addressLine: person.addressLine ?? '',
    building: person.building ?? '',
    birthday: person.birthday ?? '',
    gender: person.gender ?? '',
    lifecycleStage: person.lifecycleStage,
    preferredChannel: person.preferredChannel ?? '',
    source: person.source ?? '',
    memberNumber: person.memberNumber ?? '',
    tags: person.tags,
    familyNotes: person.familyNotes ?? '',
    interests: person.interests ?? '',
    custom: customFormValues(person.custom),
  };
}

/** The built-in fields; custom values go field by field (customValues.ts), not as one value. */
type BuiltInField = Exclude<PersonField, 'custom'>;
type ApiValues = { [K in BuiltInField]-?: Exclude<PersonInput[K], undefined> };

const blank = (text: string) => text.trim() || null;

/** What the API is to store for each field: null for an empty one, rows without text left out. */
function apiValues(v: PersonFormValues): ApiValues {
  return {
    familyName: v.familyName.trim(),
    givenName: blank(v.givenName),
    familyNameKana: blank(v.familyNameKana),
    givenNameKana: blank(v.givenNameKana),
    emails: v.emails.filter((e) => e.email.trim()).map((e) => ({ email: e.email.trim(), label: e.label, isPrimary: e.isPrimary })),
    phones: v.phones.filter((p) => p.phone.trim()).map((p) => ({ phone: p.phone.trim(), label: p.label, isPrimary: p.isPrimary })),
    accounts: v.accounts.filter((a) => a.service.trim() || a.handle.trim()).map((a) => ({ service: a.service.trim(), handle: a.handle.trim() })),
    postalCode: blank(v.postalCode),
    prefecture: blank(v.prefecture),
    city: blank(v.city),
    addressLine: blank(v.addressLine),
    building: blank(v.building),
    birthday: blank(v.birthday),
    gender: v.gender || null,
    lifecycleStage: v.lifecycleStage,
    preferredChannel: v.preferredChannel || null,
    source: blank(v.source),
    memberNumber: blank(v.memberNumber),
    tags: v.tags,
    familyNotes: blank(v.familyNotes),
    interests: blank(v.interests),
  };
}

/**
 * The half-filled account rows, the empty half of each marked. Checked before sending: the server would
 * name the row by its place among the rows sent, which is not its place in the form once a blank row is left out.
 */
export function accountErrors(accounts: AccountItem[], message: string): Record<string, string> {
  return Object.fromEntries(
    accounts.flatMap((a, i) => {
      const [service, handle] = [a.service.trim(), a.handle.trim()];
      if (service && !handle) return [[`accounts.${i}.handle`, message]];
      if (handle && !service) return [[`accounts.${i}.service`, message]];
      return [];
    }),
  );
}

const FIELDS = Object.keys(emptyValues()).filter((field) => field !== 'custom') as BuiltInField[];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The body of a create: only what was filled in. */
export function toCreateBody(values: PersonFormValues): PersonInput {
  const all = apiValues(values);
  const filled = Object.entries(all).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0));
  const custom = customCreateBody(values.custom);
  return { ...Object.fromEntries(filled), familyName: all.familyName, ...(custom ? { custom } : {}) } as PersonInput;
}

/** The fields changed since `base` (what the record was when editing began); `custom` when any custom value did. */
export function changedFields(base: PersonFormValues, values: PersonFormValues): PersonField[] {
  const before = apiValues(base);
  const after = apiValues(values);
  const changed: PersonField[] = FIELDS.filter((field) => !same(before[field], after[field]));
  return changedCustom(base.custom, values.custom).length > 0 ? [...changed, 'custom'] : changed;
}

/**
 * The body of an edit: the changed fields only, so that the audit trail shows what this edit did, with
 * the version the edit started from (the server refuses it if someone saved in between).
 */
export function toPatchBody(base: PersonFormValues, values: PersonFormValues, version: number): PersonPatch {
  const after = apiValues(values);
  const builtIn = changedFields(base, values).filter((field) => field !== 'custom');
  const custom = customPatchBody(base.custom, values.custom);
  return { ...Object.fromEntries(builtIn.map((field) => [field, after[field]])), ...(custom ? { custom } : {}), version } as PersonPatch;
}

/**
 * Carries an edit over onto a newer version of the record (after a version conflict): the fields the user
 * changed keep what they typed, the others take the newer values. `conflicts` are the fields both changed
 * differently, for the user to look at before saving again.
 */
export function rebase(base: PersonFormValues, mine: PersonFormValues, theirs: PersonFormValues): { values: PersonFormValues; conflicts: PersonField[] } {
  const theirsChanged = new Set(changedFields(base, theirs));
  const [mineApi, theirsApi] = [apiValues(mine), apiValues(theirs)];
  const custom = rebaseCustom(base.custom, mine.custom, theirs.custom);
  const values = { ...theirs, custom: custom.values };
  const conflicts: PersonField[] = [];
  for (const field of changedFields(base, mine)) {
    if (field === 'custom') continue;
    (values as Record<PersonField, unknown>)[field] = mine[field];
    if (theirsChanged.has(field) && !same(mineApi[field], theirsApi[field])) conflicts.push(field);
  }
  return { values, conflicts: custom.conflicts.length > 0 ? [...conflicts, 'custom'] : conflicts };
}
