// Likely duplicate people found by the workspace-wide scan, as the duplicates page lists and dismisses them.
import { z } from 'zod';
import { pageQuery } from './paging.ts';

/** Why two people look like one: what they share. In order of how sure each makes us. */
export const duplicateReasonSchema = z.enum(['email', 'name_birthday', 'phone', 'kana_birthday', 'name_postal_code']);
export type DuplicateReason = z.infer<typeof duplicateReasonSchema>;

export const duplicatePersonSchema = z.object({
  personId: z.string(), displayName: z.string(), kana: z.string(),
  emails: z.array(z.string()), phones: z.array(z.string()),
  birthday: z.string().nullable(), postalCode: z.string().nullable(), companyName: z.string().nullable(),
});
export type DuplicatePerson = z.infer<typeof duplicatePersonSchema>;

export const duplicatePairSchema = z.object({
  personA: duplicatePersonSchema,
  personB: duplicatePersonSchema,
  /** 0–1: how likely the two are one person. */
  score: z.number(),
  reasons: z.array(duplicateReasonSchema),
  foundAt: z.string(),
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

export const duplicatePageSchema = z.object({ items: z.array(duplicatePairSchema), nextCursor: z.string().nullable() });
export type DuplicatePage = z.infer<typeof duplicatePageSchema>;

export const duplicatesQuery = pageQuery;
export const dismissBody = z.strictObject({ personAId: z.uuid(), personBId: z.uuid() });
export const scanStartedSchema = z.object({ jobRunId: z.string() });
