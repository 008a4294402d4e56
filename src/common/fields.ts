// Custom fields on people, companies and activities: definitions, choice options and the values records hold.
import { z } from 'zod';

export const FIELD_TYPES = ['text', 'long_text', 'number', 'currency', 'date', 'boolean', 'url', 'email', 'phone', 'single_choice', 'multiple_choice'] as const;
export const fieldTypeSchema = z.enum(FIELD_TYPES);
/** What lists and saved views show. */
export const entityTypeSchema = z.enum(['person', 'company']);
/** What holds custom fields: the listed records, and activities (a call's or visit's own values). */
export const FIELD_ENTITY_TYPES = ['person', 'company', 'activity'] as const;
export const fieldEntityTypeSchema = z.enum(FIELD_ENTITY_TYPES);
export type FieldEntityType = (typeof FIELD_ENTITY_TYPES)[number];
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable().optional();
const optionInput = z.strictObject({ label: z.string().trim().min(1).max(100), color });

export const fieldCreateBody = z.strictObject({
  entityType: fieldEntityTypeSchema,
  label: z.string().trim().min(1).max(100),
  type: fieldTypeSchema,
  required: z.boolean().default(false),
  options: z.array(optionInput).max(2000).optional(),
});
export const fieldPatchBody = z.strictObject({ label: z.string().trim().min(1).max(100).optional(), required: z.boolean().optional(), position: z.number().int().min(0).optional() });
export const fieldParams = z.strictObject({ fieldId: z.uuid() });
export const fieldListQuery = z.strictObject({ entityType: fieldEntityTypeSchema.optional() });
export const optionParams = z.strictObject({ fieldId: z.uuid(), optionId: z.uuid() });
export const optionsAddBody = z.strictObject({ options: z.array(optionInput).min(1).max(2000) });
export const optionPatchBody = z.strictObject({ label: z.string().trim().min(1).max(100).optional(), color });
export const optionsReorderBody = z.strictObject({ optionIds: z.array(z.uuid()).min(1).max(5000) });
export const optionsMergeBody = z.strictObject({ fromOptionIds: z.array(z.uuid()).min(1).max(500), intoOptionId: z.uuid() });

export const optionSchema = z.object({ optionId: z.string(), label: z.string(), color: z.string().nullable(), position: z.number() });
export const fieldSchema = z.object({
  fieldId: z.string(), entityType: fieldEntityTypeSchema, label: z.string(), type: fieldTypeSchema, required: z.boolean(), position: z.number(),
  options: z.array(optionSchema),
});
export type Field = z.infer<typeof fieldSchema>;
