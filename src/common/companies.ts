// Companies (BtoB): the contract for the company record and its list.
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const companyFields = {
  name: text(200).min(1),
  nameKana: optionalText(200),
  corporateNumber: optionalText(20),
  representative: optionalText(100),
  industry: optionalText(100),
  businessDescription: optionalText(5000),
  capital: z.number().int().min(0).nullable().optional(),
  employees: z.number().int().min(0).nullable().optional(),
  listed: z.boolean().nullable().optional(),
  fiscalMonth: z.number().int().min(1).max(12).nullable().optional(),
  website: z.url().max(500).nullable().optional(),
  phone: optionalText(40),
  postalCode: optionalText(10),
  prefecture: optionalText(10),
  city: optionalText(100),
  addressLine: optionalText(200),
  building: optionalText(200),
  /** Custom field values by field id; null removes one. Checked against the field's type. */
  custom: z.record(z.uuid(), z.unknown()).optional(),
};
export const companyCreateBody = z.strictObject(companyFields);
export const companyPatchBody = z.strictObject({ ...companyFields, name: companyFields.name.optional(), version: z.number().int().min(1) });
export const companyParams = z.strictObject({ companyId: z.uuid() });
export type CompanyInput = z.infer<typeof companyCreateBody>;

export const companySchema = z.object({
  companyId: z.string(), version: z.number(), name: z.string(), nameKana: z.string().nullable(), corporateNumber: z.string().nullable(),
  representative: z.string().nullable(), industry: z.string().nullable(), businessDescription: z.string().nullable(),
  capital: z.number().nullable(), employees: z.number().nullable(), listed: z.boolean().nullable(), fiscalMonth: z.number().nullable(),
  website: z.string().nullable(), phone: z.string().nullable(), postalCode: z.string().nullable(), prefecture: z.string().nullable(),
  city: z.string().nullable(), addressLine: z.string().nullable(), building: z.string().nullable(),
  custom: z.record(z.string(), z.unknown()),
  people: z.array(z.object({ personId: z.string(), displayName: z.string(), jobTitle: z.string().nullable(), department: z.string().nullable() })),
  createdAt: z.string(), updatedAt: z.string(),
});
export type Company = z.infer<typeof companySchema>;

export const companyListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  q: z.string().trim().max(100).optional(),
});
export const companyPageSchema = z.object({
  items: z.array(z.object({ companyId: z.string(), name: z.string(), nameKana: z.string().nullable(), corporateNumber: z.string().nullable(), industry: z.string().nullable(), prefecture: z.string().nullable(), peopleCount: z.number() })),
  nextCursor: z.string().nullable(),
  total: z.number(),
});
export const companyDuplicatesSchema = z.object({
  items: z.array(z.object({ companyId: z.string(), name: z.string(), reasons: z.array(z.enum(['corporate_number', 'name'])) })),
});
