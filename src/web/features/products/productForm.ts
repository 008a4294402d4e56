// The product form's values and the pure steps between them and the API: a product into the form, the form
// into a create or a version-checked edit, and an edit carried over onto a newer version.
import type { Product, ProductCreate, ProductPatch, TaxRate } from './api.ts';

export const TAX_RATE_VALUES = ['10', '8', '0'] as const;
export type TaxRateValue = (typeof TAX_RATE_VALUES)[number];

/** Named as the API names them, so that the server's field errors land on the inputs as they are. */
export interface ProductFormValues {
  code: string;
  name: string;
  nameKana: string;
  category: string;
  /** As a number input holds it: a number, or '' when empty. */
  price: number | string;
  /** A select holds text. */
  taxRate: TaxRateValue;
  active: boolean;
}

export type ProductField = keyof ProductFormValues;
const FIELDS: ProductField[] = ['code', 'name', 'nameKana', 'category', 'price', 'taxRate', 'active'];

export function emptyProductValues(): ProductFormValues {
  return { code: '', name: '', nameKana: '', category: '', price: '', taxRate: '10', active: true };
}

/** The select's value for a rate the server holds (one of TAX_RATES). */
export function taxRateValue(rate: number): TaxRateValue {
  return TAX_RATE_VALUES.find((value) => Number(value) === rate) ?? '10';
}

export function valuesFromProduct(p: Product): ProductFormValues {
  return {
    code: p.code, name: p.name, nameKana: p.nameKana ?? '', category: p.category ?? '', price: p.price,
    taxRate: taxRateValue(p.taxRate), active: p.active,
  };
}

/** A price in yen from a number input, which may hand over text ('1,000', '１２００' or ''); null when not a whole number. */
export function yenAmount(value: number | string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  const text = value.normalize('NFKC').replace(/[,\s円¥]/g, '');
  if (text === '' || !/^\d+$/.test(text)) return null;
  return Number(text);
}

const blank = (text: string) => text.trim() || null;

function apiValues(v: ProductFormValues): Required<ProductCreate> {
  return {
    code: v.code.trim(), name: v.name.trim(), nameKana: blank(v.nameKana), category: blank(v.category),
    // The form refuses a price that is not a whole number before anything is sent; 0 stands in for the types.
    price: yenAmount(v.price) ?? 0, taxRate: Number(v.taxRate) as TaxRate, active: v.active,
  };
}

export function toCreateBody(values: ProductFormValues): ProductCreate {
  return apiValues(values);
}

/** The fields whose value differs, compared as the API would store them ('' and '  ' are the same empty). */
export function changedFields(base: ProductFormValues, values: ProductFormValues): ProductField[] {
  const a = apiValues(base);
  const b = apiValues(values);
  return FIELDS.filter((field) => a[field] !== b[field]);
}

/** Only what changed, with the version it was based on: someone else's change to another field is not undone. */
export function toPatchBody(base: ProductFormValues, values: ProductFormValues, version: number): ProductPatch {
  const next = apiValues(values);
  const patch: ProductPatch = { version };
  for (const field of changedFields(base, values)) Object.assign(patch, { [field]: next[field] });
  return patch;
}

/**
 * An edit carried onto a newer version: the fields this user changed keep what they typed, the others take
 * the newer values; `conflicts` are the fields both changed, differently, to be looked at before saving.
 */
export function rebase(base: ProductFormValues, mine: ProductFormValues, theirs: ProductFormValues): { values: ProductFormValues; conflicts: ProductField[] } {
  const changedByMe = changedFields(base, mine);
  const changedByThem = new Set(changedFields(base, theirs));
  const values = { ...theirs };
  for (const field of changedByMe) Object.assign(values, { [field]: mine[field] });
  const conflicts = changedByMe.filter((field) => changedByThem.has(field) && changedFields(mine, theirs).includes(field));
  return { values, conflicts };
}
