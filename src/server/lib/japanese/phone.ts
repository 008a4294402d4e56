// Phone numbers: one canonical form (E.164) for storage keys and dedup, the national format with hyphens
// for display, and digits for search by fragment.
//
// libphonenumber-js/max, not the default build: the default ("min") metadata checks only the length range
// of a country, so it calls 090-1234-567 (one digit short) valid; "max" carries every number pattern and
// rejects it (phone.test.ts shows both). It also knows the number type (mobile, fixed line, 0120 …).
//
// What people type is cleaned before parsing: NFKC (full-width digits, ＋, （）, －), every dash lookalike
// including ー and ｰ, spaces of any width. Letters (内線, ext.) are refused rather than guessed at.
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type NumberType,
} from 'libphonenumber-js/max';
import { DASH_CLASS } from './text.ts';

export type PhoneType = 'mobile' | 'fixed' | 'toll_free' | 'voip' | 'other';

export type PhoneError =
  | 'empty'
  | 'invalid_characters' // letters or symbols other than + - ( ) . and spaces
  | 'too_short'
  | 'too_long'
  | 'invalid_country' // a +code no country has, or an unknown default country
  | 'invalid'; // right length, but no such number in that country's plan

export type ParsedPhone = {
  ok: true;
  /** +819012345678 */
  e164: string;
  /** National format for Japanese numbers (090-1234-5678, 03-1234-5678); international for others
   * (+1 212 555 0123), because a foreign number written nationally cannot be dialled from Japan. */
  display: string;
  /** Absent when the plan cannot tell (e.g. a US number, mobile or fixed). */
  type?: PhoneType;
  country?: CountryCode;
};

export type PhoneResult = ParsedPhone | { ok: false; error: PhoneError };

const DASHES_RE = new RegExp(`[${DASH_CLASS}]`, 'gu');
const ALLOWED_RE = /^[0-9+\-().\s]*$/u;

const TYPES: Partial<Record<NumberType & string, PhoneType>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed',
  TOLL_FREE: 'toll_free',
  VOIP: 'voip',
};

/** NFKC and dash lookalikes to '-'; returns null when characters remain that a phone number never has. */
function clean(s: string): string | null {
  const cleaned = s.normalize('NFKC').replace(DASHES_RE, '-').trim();
  return ALLOWED_RE.test(cleaned) ? cleaned : null;
}

const LENGTH_ERRORS: Record<string, PhoneError> = {
  TOO_SHORT: 'too_short',
  TOO_LONG: 'too_long',
  INVALID_LENGTH: 'invalid',
  INVALID_COUNTRY: 'invalid_country',
  NOT_A_NUMBER: 'invalid',
};

/**
 * Parses a phone number as people type it: 090-1234-5678, ０９０ー１２３４ー５６７８, (03) 1234-5678,
 * +81 90 1234 5678, +81 (0)90-1234-5678. Numbers without a + are read in defaultCountry.
 */
export function parsePhone(s: string, defaultCountry: CountryCode = 'JP'): PhoneResult {
  const cleaned = clean(s);
  if (cleaned === null) return { ok: false, error: 'invalid_characters' };
  if (!/\d/u.test(cleaned)) return { ok: false, error: cleaned === '' ? 'empty' : 'invalid' };
  const lengthError = validatePhoneNumberLength(cleaned, defaultCountry);
  if (lengthError !== undefined) return { ok: false, error: LENGTH_ERRORS[lengthError] ?? 'invalid' };
  const parsed = parsePhoneNumberFromString(cleaned, defaultCountry);
  if (parsed === undefined) return { ok: false, error: 'invalid' };
  if (!parsed.isValid()) return { ok: false, error: 'invalid' };
  const numberType = parsed.getType();
  const type = numberType === undefined ? undefined : (TYPES[numberType] ?? (numberType === 'FIXED_LINE_OR_MOBILE' ? undefined : 'other'));
  const result: ParsedPhone = {
    ok: true,
    e164: parsed.number,
    display: parsed.country === 'JP' ? parsed.formatNational() : parsed.formatInternational(),
  };
  if (type !== undefined) result.type = type;
  if (parsed.country !== undefined) result.country = parsed.country;
  return result;
}

/** The dedup key: E.164 digits without the '+' (819012345678), or null when the number is not valid.
 * 090-1234-5678, 09012345678 and +81 90-1234-5678 share one key. */
export function phoneKey(s: string, defaultCountry: CountryCode = 'JP'): string | null {
  const parsed = parsePhone(s, defaultCountry);
  return parsed.ok ? parsed.e164.slice(1) : null;
}

/**
 * Digits for search by fragment, for both the indexed text and the query: "1234-5678", "1234 5678" and
 * "１２３４５６７８" all give 12345678. A leading +81 (with or without "(0)") becomes the trunk 0, so that a
 * query typed in international form still matches the national digits people see and type (index the
 * national display form: 09012345678 contains "090"; 819012345678 does not).
 */
export function phoneSearchFragment(s: string): string {
  const n = s.normalize('NFKC').trim();
  const national = n.replace(/^\+\s*81[\s-]*(?:\(\s*0\s*\))?[\s-]*0?/u, '0');
  return national.replace(/\D/gu, '');
}
