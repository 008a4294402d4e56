// The rules a person record follows before it is stored: each email, phone, postal code, prefecture,
// furigana and birthday checked and normalised, and the keys for search, sorting and duplicate detection
// computed — all pure, from src/server/lib/japanese.
import {
  compactDigits, isFurigana, kanaKey, parseEmail, parsePhone, searchBigrams, searchKey, toKatakana,
} from '../../lib/japanese/index.ts';
import type { FieldError } from '../../platform/errors.ts';
import { addressValues, blankToNull } from '../../lib/record-rules.ts';
import type { PersonInput } from '../../../common/people.ts';

export interface PreparedEmail { email: string; emailKey: string; label: string | null; isPrimary: boolean }
export interface PreparedPhone { e164: string; display: string; label: string | null; isPrimary: boolean }

export interface PreparedPerson {
  /** Column values that the input named (undefined: leave as is). */
  values: Record<string, unknown>;
  emails: PreparedEmail[] | undefined;
  phones: PreparedPhone[] | undefined;
}


/** Several entries, the first flagged (or else the first) primary, repeats dropped. */
function withPrimary<T extends { isPrimary: boolean }>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const unique = items.filter((i) => !seen.has(key(i)) && seen.add(key(i)));
  const primary = Math.max(0, unique.findIndex((i) => i.isPrimary));
  return unique.map((i, n) => ({ ...i, isPrimary: n === primary }));
}

/** Checks and normalises what the input names; returns the broken rules, each on its field. */
export function preparePerson(input: Partial<PersonInput>, today: string): { ok: true; person: PreparedPerson } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Record<string, unknown> = {};
  const set = (column: string, v: unknown) => { if (v !== undefined) values[column] = v; };

  set('family_name', input.familyName?.trim());
  set('given_name', blankToNull(input.givenName));
  for (const [field, column] of [['familyNameKana', 'family_name_kana'], ['givenNameKana', 'given_name_kana']] as const) {
    const kana = blankToNull(input[field]);
    if (kana && !isFurigana(kana)) errors.push({ field, code: 'invalid_kana' });
    // Furigana is kept in full-width katakana (セイ・メイ), whatever script or width was typed.
    set(column, kana ? toKatakana(kana) : kana);
  }

  const address = addressValues(input);
  errors.push(...address.errors);
  Object.assign(values, address.values);

  const birthday = input.birthday;
  if (birthday && (birthday > today || birthday < '1900-01-01')) errors.push({ field: 'birthday', code: 'invalid_birthday' });
  set('birthday', birthday);

  for (const [field, column] of [['city', 'city'], ['addressLine', 'address_line'], ['building', 'building'], ['jobTitle', 'job_title'],
    ['department', 'department'], ['memberNumber', 'member_number'], ['source', 'source'], ['familyNotes', 'family_notes'],
    ['interests', 'interests']] as const) set(column, blankToNull(input[field]));
  set('gender', input.gender);
  set('company_id', input.companyId);
  set('owner_user_id', input.ownerUserId);
  set('preferred_channel', input.preferredChannel);
  set('lifecycle_stage', input.lifecycleStage);

  let emails: PreparedEmail[] | undefined;
  if (input.emails) {
    const parsed = input.emails.map((e, i) => {
      const r = parseEmail(e.email);
      if (!r.ok) errors.push({ field: `emails.${i}.email`, code: 'invalid_email_address', params: { reason: r.error } });
      return r.ok ? { email: r.value, emailKey: r.key, label: blankToNull(e.label) ?? null, isPrimary: e.isPrimary ?? false } : undefined;
    });
    emails = withPrimary(parsed.filter((e): e is PreparedEmail => !!e), (e) => e.emailKey);
  }
  let phones: PreparedPhone[] | undefined;
  if (input.phones) {
    const parsed = input.phones.map((p, i) => {
      const r = parsePhone(p.phone);
      if (!r.ok) errors.push({ field: `phones.${i}.phone`, code: 'invalid_phone', params: { reason: r.error } });
      return r.ok ? { e164: r.e164, display: r.display, label: blankToNull(p.label) ?? null, isPrimary: p.isPrimary ?? false } : undefined;
    });
    phones = withPrimary(parsed.filter((p): p is PreparedPhone => !!p), (p) => p.e164);
  }
  return errors.length ? { ok: false, errors } : { ok: true, person: { values, emails, phones } };
}

export interface KeySource {
  familyName: string; givenName: string | null; familyNameKana: string | null; givenNameKana: string | null;
  emails: string[]; phones: string[]; memberNumber: string | null; companyName: string | null;
}

/**
 * Keys stored beside the record: `search` for the one-box search (name, furigana, emails, phone digits in
 * national and international form, card number, company) and its `bigrams` for two-character fragments,
 * `kana` for sorting by 読み, `name` for dedup.
 */
export function personKeys(p: KeySource): { search: string; bigrams: string[]; kana: string; name: string } {
  const name = searchKey(`${p.familyName}${p.givenName ?? ''}`);
  const kana = kanaKey(`${p.familyNameKana ?? ''}${p.givenNameKana ?? ''}`);
  const phoneDigits = p.phones.flatMap((e164) => [compactDigits(e164).replace(/^\+?81/, '0'), compactDigits(e164).replace(/^\+/, '')]);
  const parts = [name, kana, ...p.emails.map(searchKey), ...phoneDigits, p.memberNumber ? searchKey(p.memberNumber) : '', p.companyName ? searchKey(p.companyName) : ''];
  const search = parts.filter(Boolean).join(' ');
  return { search, bigrams: searchBigrams(search), kana, name };
}

/**
 * The key columns of a record given as its stored columns (family_name … member_number) and its contacts:
 * what refreshing a record, an import and its undo write beside the rest.
 */
export function keyColumns(columns: Record<string, unknown>, contacts: { emails: string[]; phones: string[]; companyName: string | null }) {
  const text = (c: string) => (columns[c] as string | null | undefined) ?? null;
  const keys = personKeys({
    familyName: String(columns.family_name), givenName: text('given_name'), familyNameKana: text('family_name_kana'), givenNameKana: text('given_name_kana'),
    memberNumber: text('member_number'), ...contacts,
  });
  return { search_key: keys.search, search_bigrams: keys.bigrams, kana_key: keys.kana, name_key: keys.name };
}

/** Age in whole years on `today` (both YYYY-MM-DD, Japan time). */
export function ageOn(birthday: string | null, today: string): number | null {
  if (!birthday) return null;
  const [by, bm, bd] = birthday.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export { todayInJapan } from '../../lib/time.ts';
