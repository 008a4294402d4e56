// One row of a people file, read through the user's mapping into what the person API takes: the full name
// and furigana split at their space, one address cell (and its continuation) split into its parts, dates
// in any Japanese form, 男/女 and the like as the gender. Only the shape is settled here; the values go
// through the same rules as a person typed in (people's preparePerson), so an import accepts and refuses
// exactly what the record form does. Empty cells are "no value", so that an update can leave fields alone.
import { parseJapaneseDate, splitAddress, splitFullName } from '../../lib/japanese/index.ts';
import type { FieldError } from '../../platform/errors.ts';
import type { PersonInput } from '../../../common/people.ts';

export interface PersonRow {
  input: Partial<PersonInput>;
  /** For the company link, found or created by name when the import runs. */
  companyName: string | null;
  /** 備考 and the like: a note on the record. */
  note: string | null;
  /** Custom field values by field id, as written; the fields domain checks them by type. */
  custom: Record<string, string>;
  errors: FieldError[];
  /** A full name without a space stays whole in the family name; the preview counts these. */
  nameNotSplit: boolean;
}

const GENDERS: Record<string, 'male' | 'female' | 'other' | 'unknown'> = {
  男: 'male', 男性: 'male', m: 'male', male: 'male', man: 'male', 1: 'male',
  女: 'female', 女性: 'female', f: 'female', female: 'female', woman: 'female', 2: 'female',
  その他: 'other', other: 'other', 9: 'other',
  不明: 'unknown', 未回答: 'unknown', 回答しない: 'unknown', unknown: 'unknown', 0: 'unknown',
};

// The stage names of both languages (as an export writes them) and the everyday words for them.
const STAGES: Record<string, 'prospect' | 'customer' | 'former'> = {
  見込顧客: 'prospect', 見込み顧客: 'prospect', 見込客: 'prospect', 見込み客: 'prospect', 見込み: 'prospect', prospect: 'prospect', lead: 'prospect',
  取引顧客: 'customer', 顧客: 'customer', 既存顧客: 'customer', 会員: 'customer', customer: 'customer',
  離反: 'former', 離反顧客: 'former', 休眠: 'former', 休眠顧客: 'former', 元顧客: 'former', former: 'former', 'former customer': 'former',
};

const cell = (v: string | undefined) => {
  const s = (v ?? '').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  return s === '' ? null : s;
};

/** `fields` has the field of each column (null: not imported), as the mapping step settled them. */
export function personFromRow(cells: string[], fields: (string | null)[]): PersonRow {
  const v = new Map<string, string>();
  fields.forEach((f, i) => {
    const value = cell(cells[i]);
    if (f && value !== null) v.set(f, value);
  });
  const input: Partial<PersonInput> = {};
  const errors: FieldError[] = [];
  let nameNotSplit = false;

  const full = v.get('fullName');
  if (full !== undefined) {
    const n = splitFullName(full);
    input.familyName = n.familyName;
    if (n.givenName) input.givenName = n.givenName;
    nameNotSplit = !n.split;
  }
  if (v.has('familyName')) input.familyName = v.get('familyName')!;
  if (v.has('givenName')) input.givenName = v.get('givenName')!;
  const kana = v.get('fullNameKana');
  if (kana !== undefined) {
    const k = splitFullName(kana);
    input.familyNameKana = k.familyName;
    if (k.givenName) input.givenNameKana = k.givenName;
  }
  if (v.has('familyNameKana')) input.familyNameKana = v.get('familyNameKana')!;
  if (v.has('givenNameKana')) input.givenNameKana = v.get('givenNameKana')!;
  if (input.familyName === undefined) errors.push({ field: 'familyName', code: 'required' });

  if (v.has('email')) input.emails = [{ email: v.get('email')! }];
  const phones = ['phone', 'mobile'].flatMap((f) => (v.has(f) ? [{ phone: v.get(f)! }] : []));
  if (phones.length) input.phones = phones;

  if (v.has('postalCode')) input.postalCode = v.get('postalCode')!;
  const address = [v.get('address'), v.get('address2')].filter((x) => x !== undefined).join('');
  if (address !== '') {
    const a = splitAddress(address, input.postalCode);
    if (a.prefecture) input.prefecture = a.prefecture;
    if (a.city) input.city = a.city;
    if (a.addressLine) input.addressLine = a.addressLine;
    if (a.building) input.building = a.building;
  }
  // A column of its own for a part wins over what the split found.
  for (const f of ['prefecture', 'city', 'addressLine', 'building', 'jobTitle', 'department', 'memberNumber'] as const) {
    if (v.has(f)) input[f] = v.get(f)!;
  }

  const birthday = v.get('birthday');
  if (birthday !== undefined) {
    const d = parseJapaneseDate(birthday);
    if (d.ok) input.birthday = d.value;
    else errors.push({ field: 'birthday', code: d.code });
  }
  const gender = v.get('gender');
  if (gender !== undefined) {
    const g = GENDERS[gender.normalize('NFKC').toLowerCase()];
    if (g) input.gender = g;
    else errors.push({ field: 'gender', code: 'invalid_gender' });
  }
  const stage = v.get('lifecycleStage');
  if (stage !== undefined) {
    const st = STAGES[stage.normalize('NFKC').toLowerCase()];
    if (st) input.lifecycleStage = st;
    else errors.push({ field: 'lifecycleStage', code: 'invalid_stage' });
  }
  const tags = v.get('tags');
  if (tags !== undefined) input.tags = [...new Set(tags.split(/[,、，;；|｜]/u).map((t) => t.trim()).filter((t) => t !== ''))];

  const custom: Record<string, string> = {};
  for (const [f, value] of v) if (f.startsWith('custom:')) custom[f.slice('custom:'.length)] = value;
  return { input, companyName: v.get('companyName') ?? null, note: v.get('notes') ?? null, custom, errors, nameNotSplit };
}
