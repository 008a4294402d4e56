// Imports as the API and the web app see them: an uploaded file, what was read from its head, and the
// column-to-field mapping the user settles before anything is written.
import { z } from 'zod';

export const IMPORT_ENTITIES = ['person'] as const;
export const IMPORT_STATUSES = ['uploaded', 'checking', 'checked', 'running', 'done', 'failed', 'cancelled', 'undoing', 'undone'] as const;

export const importUploadQuery = z.strictObject({
  entity: z.enum(IMPORT_ENTITIES),
  fileName: z.string().trim().min(1).max(255),
  /** The user's choice over detection, when detection got it wrong. */
  encoding: z.enum(['utf-8', 'cp932']).optional(),
  delimiter: z.enum([',', '\t', ';']).optional(),
});
export const importParams = z.strictObject({ importId: z.uuid() });

export const importTargetSchema = z.object({ key: z.string(), label: z.string() });
export const importColumnSchema = z.object({
  column: z.number(), header: z.string(),
  /** The field the column fills, or null when it is not imported. */
  field: z.string().nullable(),
  /** How the suggestion was made; null once the user set it or when nothing matched. */
  by: z.enum(['header', 'values']).nullable(),
});
export const importSchema = z.object({
  importId: z.string(), entity: z.enum(IMPORT_ENTITIES), status: z.enum(IMPORT_STATUSES), fileName: z.string(), fileBytes: z.number(),
  encoding: z.enum(['utf-8', 'cp932']).nullable(), delimiter: z.enum([',', '\t', ';']).nullable(),
  columns: z.array(importColumnSchema),
  /** The first rows under the header, as read. */
  samples: z.array(z.array(z.string())),
  /** The fields a column can go to. */
  targets: z.array(importTargetSchema),
  createdAt: z.string(),
});
export type Import = z.infer<typeof importSchema>;

export const importMappingBody = z.strictObject({
  /** One entry per column of the file: a target key, or null to leave the column out. */
  fields: z.array(z.string().min(1).nullable()).max(500),
});
