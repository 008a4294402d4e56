// What of a half-typed form is worth asking the server about duplicates. The server judges the whole
// draft and finds nothing if any part of it is invalid, so a half-typed email must not hide a matching phone.
import type { PersonInput } from '../../../common/people.ts';
import { postalDigits } from './address.ts';
import type { PersonFormValues } from './personForm.ts';

const COMPLETE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Hiragana, katakana (full- and half-width), the long-vowel mark, middle dots and spaces.
const KANA = /^[\u3040-\u30ff\uff65-\uff9f\s]+$/;
// A Japanese phone number has 10 digits (landline) or 11 (mobile); fewer is still being typed.
const MIN_PHONE_DIGITS = 10;

const kana = (text: string) => (KANA.test(text.trim()) ? text.trim() : undefined);

/** The parts of the form that can match another person, or null while there is nothing to match on. */
export function duplicateDraft(values: PersonFormValues, today: string): Partial<PersonInput> | null {
  const emails = values.emails.map((e) => e.email.trim()).filter((email) => COMPLETE_EMAIL.test(email));
  const phones = values.phones
    .map((p) => p.phone.trim())
    .filter((phone) => phone.normalize('NFKC').replace(/\D/g, '').length >= MIN_PHONE_DIGITS);
  const familyName = values.familyName.trim();
  const birthday = /^\d{4}-\d{2}-\d{2}$/.test(values.birthday) && values.birthday >= '1900-01-01' && values.birthday <= today ? values.birthday : undefined;
  const postalCode = postalDigits(values.postalCode) ?? undefined;
  // A name alone matches nobody: the server pairs it with a birthday or a postal code.
  const byName = familyName !== '' && (birthday !== undefined || postalCode !== undefined);
  if (emails.length === 0 && phones.length === 0 && !byName) return null;
  return {
    ...(byName
      ? { familyName, givenName: values.givenName.trim() || null, familyNameKana: kana(values.familyNameKana), givenNameKana: kana(values.givenNameKana), birthday, postalCode }
      : {}),
    emails: emails.map((email) => ({ email })),
    phones: phones.map((phone) => ({ phone })),
  };
}
