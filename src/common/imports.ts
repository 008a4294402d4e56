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
  /** For a workbook: the sheet to read, by name (its tab, as in `sheets`); by default the first visible one. */
  sheet: z.string().min(1).max(255).optional(),
});
export const importParams = z.strictObject({ importId: z.uuid() });

export const importTargetSchema = z.object({ key: z.string(), label: z.string() });
export const importColumnSchema = z.object({
  column: z.number(), header: z.string(),
  /** The field the column fills, or null when it is not imported. */
  field: z.string().nullable(),
  /** How the suggestion was made (template: the last import with the same header row); null once the user set it or when nothing matched. */
  by: z.enum(['header', 'values', 'template']).nullable(),
});
export const IMPORT_MATCH_KEYS = ['memberNumber', 'email', 'phone'] as const;
export const importOptionsSchema = z.strictObject({
  /** Which keys find a person already here or earlier in the file. */
  matchKeys: z.array(z.enum(IMPORT_MATCH_KEYS)).max(3).default([...IMPORT_MATCH_KEYS]),
  /** What a match does: nothing, fill only the empty fields, or overwrite with the file's values. */
  mode: z.enum(['skip', 'fill', 'overwrite']).default('fill'),
  /** Write the valid rows when some are invalid; otherwise one invalid row stops the whole import. */
  keepValid: z.boolean().default(false),
});
export type ImportOptionsInput = z.input<typeof importOptionsSchema>;

export const IMPORT_ROW_KINDS = ['new', 'update', 'duplicateInFile', 'invalid'] as const;
export const importProblemSchema = z.object({ column: z.number().nullable(), field: z.string(), code: z.string(), message: z.string() });
export const importPreviewRowSchema = z.object({
  line: z.number(), cells: z.array(z.string()),
  problems: z.array(importProblemSchema).optional(),
  /** For a duplicate in the file: the line of the row it repeats. */
  firstLine: z.number().optional(),
});
export const importCountsSchema = z.object({
  rows: z.number(), new: z.number(), update: z.number(), duplicateInFile: z.number(), invalid: z.number(),
  /** Full names without a space: kept whole as the family name. */
  nameNotSplit: z.number(),
});
export type ImportRowKind = (typeof IMPORT_ROW_KINDS)[number];
export type ImportProblem = z.infer<typeof importProblemSchema>;
export type ImportPreviewRow = z.infer<typeof importPreviewRowSchema>;
export type ImportCounts = z.infer<typeof importCountsSchema>;

/** What a run wrote (so far, while it runs). */
export const importResultSchema = z.object({
  /** Data rows the run has gone through. */
  rowsDone: z.number(),
  created: z.number(),
  updated: z.number(),
  /** Rows that repeated an earlier row of the file and were merged into its record. */
  merged: z.number(),
  /** Rows that matched someone already here, left alone because the mode was skip. */
  skipped: z.number(),
  /** Invalid rows left out (only with keepValid). */
  invalid: z.number(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importSchema = z.object({
  importId: z.string(), entity: z.enum(IMPORT_ENTITIES), status: z.enum(IMPORT_STATUSES), fileName: z.string(), fileBytes: z.number(),
  encoding: z.enum(['utf-8', 'cp932']).nullable(), delimiter: z.enum([',', '\t', ';']).nullable(),
  /** A CSV (read with encoding and delimiter) or an Excel workbook (read from one sheet; encoding and delimiter null). */
  fileType: z.enum(['csv', 'xlsx']),
  /** The workbook's sheet that was read; null for a CSV. */
  sheet: z.string().nullable(),
  /** The workbook's sheet names in tab order, hidden ones too: another is read by uploading again with `sheet`. [] for a CSV. */
  sheets: z.array(z.string()),
  columns: z.array(importColumnSchema),
  /** The first rows under the header, as read. */
  samples: z.array(z.array(z.string())),
  /** The fields a column can go to. */
  targets: z.array(importTargetSchema),
  options: importOptionsSchema,
  /** After the check: how many rows of each kind, and the first rows of each. */
  counts: importCountsSchema.nullable(),
  preview: z.record(z.enum(IMPORT_ROW_KINDS), z.array(importPreviewRowSchema)).nullable(),
  /** Why the import failed (a file that breaks halfway), in the words of whoever started the step. */
  error: z.string().nullable(),
  /** The background job of the current or last step, for its progress (GET /api/jobs/:jobRunId: done of total rows). */
  jobRunId: z.string().nullable(),
  /** After a run started: what it wrote. */
  result: importResultSchema.nullable(),
  /** Whether undo can be asked for now: the run ended (done or cancelled) and was not undone yet. */
  canUndo: z.boolean(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Import = z.infer<typeof importSchema>;

/** One line of the workspace's import history. */
export const importSummarySchema = importSchema.pick({ importId: true, entity: true, status: true, fileName: true, counts: true, result: true, canUndo: true, createdAt: true, finishedAt: true });
export const importListSchema = z.object({ items: z.array(importSummarySchema) });
export const importListQuery = z.strictObject({ before: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(100).default(20) });
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importMappingBody = z.strictObject({
  /** One entry per column of the file: a target key, or null to leave the column out. */
  fields: z.array(z.string().min(1).nullable()).max(500),
});
