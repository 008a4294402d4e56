// The company form's values and the pure steps between them and the API: a record into the form, the form
// into a create or a version-checked edit, an edit carried over onto a newer version, and what of a
// half-typed form is worth asking about duplicates.
import { changedCustom, customCreateBody, customFormValues, customPatchBody, rebaseCustom, type CustomValues } from '../fields/customValues.ts';
import type { Company, CompanyInput, CompanyPatch } from './api.ts';

export type Listed = 'listed' | 'unlisted';

/** Named as CompanyInput names them, so that the server's field errors land on the inputs as they are. */
export interface CompanyFormValues {
  name: string;
  nameKana: string;
  corporateNumber: string;
  representative: string;
  industry: string;
  businessDescription: string;
  /** As a number input holds it: a number, or '' when empty. */
  capital: number | string;
  employees: number | string;
  listed: Listed | '';
  /** '1' to '12', or '' when not known; a select holds text. */
  fiscalMonth: string;
  website: string;
  phone: string;
  postalCode: string;
  prefecture: string;
  city: string;
  addressLine: string;
  building: string;
  /** Custom field values by field id (see customValues.ts). */
  custom: CustomValues;
}

export type CompanyField = keyof CompanyFormValues;

export function emptyCompanyValues(): CompanyFormValues {
  return {
    name: '', nameKana: '', corporateNumber: '', representative: '', industry: '', businessDescription: '',
    capital: '', employees: '', listed: '', fiscalMonth: '', website: '', phone: '',
    postalCode: '', prefecture: '', city: '', addressLine: '', building: '', custom: {},
  };
}

export function valuesFromCompany(c: Company): CompanyFormValues {
  const text = (value: string | null) => value ?? '';
  return {
    name: c.name, nameKana: text(c.nameKana), corporateNumber: text(c.corporateNumber), representative: text(c.representative),
    industry: text(c.industry), businessDescription: text(c.businessDescription),
    capital: c.capital ?? '', employees: c.employees ?? '',
    listed: c.listed === null ? '' : c.listed ? 'listed' : 'unlisted',
    fiscalMonth: c.fiscalMonth === null ? '' : String(c.fiscalMonth),
    website: text(c.website), phone: text(c.phone), postalCode: text(c.postalCode), prefecture: text(c.prefecture),
    city: text(c.city), addressLine: text(c.addressLine), building: text(c.building),
    custom: customFormValues(c.custom),
  };
}

/** The built-in fields; custom values go field by field (customValues.ts), not as one value. */
type BuiltInField = Exclude<CompanyField, 'custom'>;
type ApiValues = { [K in BuiltInField]-?: Exclude<CompanyInput[K], undefined> };

const blank = (text: string) => text.trim() || null;

/** A whole number from a number input; a number input may hand over text ('1,000' or '') too. */
export function wholeNumber(value: number | string): number | null {
  const n = typeof value === 'number' ? value : Number(value.normalize('NFKC').replace(/[,\s]/g, ''));
  return typeof value === 'string' && value.trim() === '' ? null : Number.isFinite(n) ? Math.trunc(n) : null;
}

/**
 * A website as the server stores it, a full URL: people type `example.co.jp` as printed on a business card,
 * so an address without its scheme gets https:// in front.
 */
export function websiteUrl(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

function apiValues(v: CompanyFormValues): ApiValues {
  return {
    name: v.name.trim(),
    nameKana: blank(v.nameKana),
    corporateNumber: blank(v.corporateNumber),
    representative: blank(v.representative),
    industry: blank(v.industry),
    businessDescription: blank(v.businessDescription),
    capital: wholeNumber(v.capital),
    employees: wholeNumber(v.employees),
    listed: v.listed === '' ? null : v.listed === 'listed',
    fiscalMonth: v.fiscalMonth === '' ? null : Number(v.fiscalMonth),
    website: websiteUrl(v.website),
    phone: blank(v.phone),
    postalCode: blank(v.postalCode),
    prefecture: blank(v.prefecture),
    city: blank(v.city),
    addressLine: blank(v.addressLine),
    building: blank(v.building),
  };
}

const FIELDS = Object.keys(emptyCompanyValues()).filter((field) => field !== 'custom') as BuiltInField[];

/** The body of a create: only what was filled in. */
export function toCreateBody(values: CompanyFormValues): CompanyInput {
  const all = apiValues(values);
  const filled = Object.entries(all).filter(([, value]) => value !== null);
  const custom = customCreateBody(values.custom);
  return { ...Object.fromEntries(filled), name: all.name, ...(custom ? { custom } : {}) } as CompanyInput;
}

/** The fields changed since `base` (what the record was when editing began); `custom` when any custom value did. */
export function changedFields(base: CompanyFormValues, values: CompanyFormValues): CompanyField[] {
  const [before, after] = [apiValues(base), apiValues(values)];
  const changed: CompanyField[] = FIELDS.filter((field) => before[field] !== after[field]);
  return changedCustom(base.custom, values.custom).length > 0 ? [...changed, 'custom'] : changed;
}

/** The body of an edit: the changed fields only (the audit trail shows what this edit did), with the version. */
export function toPatchBody(base: CompanyFormValues, values: CompanyFormValues, version: number): CompanyPatch {
  const after = apiValues(values);
  const builtIn = changedFields(base, values).filter((field) => field !== 'custom');
  const custom = customPatchBody(base.custom, values.custom);
  return { ...Object.fromEntries(builtIn.map((field) => [field, after[field]])), ...(custom ? { custom } : {}), version } as CompanyPatch;
}

/**
 * Carries an edit over onto a newer version of the record (after a version conflict): the fields the user
 * changed keep what they typed, the others take the newer values; `conflicts` are the fields both changed
 * differently, for the user to look at before saving again.
 */
export function rebase(base: CompanyFormValues, mine: CompanyFormValues, theirs: CompanyFormValues): { values: CompanyFormValues; conflicts: CompanyField[] } {
  const theirsChanged = new Set(changedFields(base, theirs));
  const [mineApi, theirsApi] = [apiValues(mine), apiValues(theirs)];
  const custom = rebaseCustom(base.custom, mine.custom, theirs.custom);
  const values = { ...theirs, custom: custom.values };
  const conflicts: CompanyField[] = [];
  for (const field of changedFields(base, mine)) {
    if (field === 'custom') continue;
    (values as Record<CompanyField, unknown>)[field] = mine[field];
    if (theirsChanged.has(field) && mineApi[field] !== theirsApi[field]) conflicts.push(field);
  }
  return { values, conflicts: custom.conflicts.length > 0 ? [...conflicts, 'custom'] : conflicts };
}

/**
 * What of a half-typed form the server can match duplicates on: the name (it compares names without
 * 株式会社 and the like), and the 法人番号 once all 13 digits are there. The server finds nothing when any
 * part of the draft is invalid, so a number still being typed is left out rather than hiding a name match.
 */
export function companyDraft(values: CompanyFormValues): Partial<CompanyInput> | null {
  const name = values.name.trim();
  if (!name) return null;
  const digits = values.corporateNumber.normalize('NFKC').replace(/[\s\p{Pd}\u2212]/gu, '');
  return /^\d{13}$/.test(digits) ? { name, corporateNumber: digits } : { name };
}
