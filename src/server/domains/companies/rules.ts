// The rules a company record follows before it is stored, pure: 法人番号 with its check digit, phone,
// postal code, prefecture, furigana; and the keys that find it (name without 株式会社 and the like).
import {
  companyKey, compactDigits, isFurigana, isValidCorporateNumber, kanaKey, normaliseCorporateNumber, parsePhone, searchKey, toKatakana,
} from '../../lib/japanese/index.ts';
import type { FieldError } from '../../platform/errors.ts';
import { addressValues, blankToNull } from '../../lib/record-rules.ts';
import type { CompanyInput } from '../../../common/companies.ts';


export function prepareCompany(input: Partial<CompanyInput>): { ok: true; values: Record<string, unknown> } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Record<string, unknown> = {};
  const set = (column: string, v: unknown) => { if (v !== undefined) values[column] = v; };

  set('name', input.name?.trim());
  const kana = blankToNull(input.nameKana);
  if (kana && !isFurigana(kana)) errors.push({ field: 'nameKana', code: 'invalid_kana' });
  set('name_kana', kana ? toKatakana(kana) : kana);

  const cn = blankToNull(input.corporateNumber);
  if (cn) {
    const digits = normaliseCorporateNumber(cn);
    if (!digits || !isValidCorporateNumber(digits)) errors.push({ field: 'corporateNumber', code: 'invalid_corporate_number' });
    set('corporate_number', digits);
  } else set('corporate_number', cn);

  const phone = blankToNull(input.phone);
  if (phone) {
    const r = parsePhone(phone);
    if (!r.ok) errors.push({ field: 'phone', code: 'invalid_phone' });
    set('phone', r.ok ? r.display : null);
  } else set('phone', phone);

  const address = addressValues(input);
  errors.push(...address.errors);
  Object.assign(values, address.values);

  for (const [field, column] of [['representative', 'representative'], ['industry', 'industry'], ['businessDescription', 'business_description'],
    ['city', 'city'], ['addressLine', 'address_line'], ['building', 'building']] as const) set(column, blankToNull(input[field]));
  set('capital', input.capital);
  set('employees', input.employees);
  set('listed', input.listed);
  set('fiscal_month', input.fiscalMonth);
  set('website', input.website);
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/** Name without its legal form (株式会社さくら商事 = ㈱さくら商事), furigana, number and phone digits. */
export function companyKeys(c: { name: string; nameKana: string | null; corporateNumber: string | null; phone: string | null }): { name: string; search: string } {
  const name = companyKey(c.name);
  const parts = [name, searchKey(c.name), c.nameKana ? kanaKey(c.nameKana) : '', c.corporateNumber ?? '', c.phone ? compactDigits(c.phone) : ''];
  return { name, search: [...new Set(parts.filter(Boolean))].join(' ') };
}
