// The filter model for lists (and, later, segments): conditions on fields, all or any of them.
import { z } from 'zod';

export const FILTER_OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'empty', 'not_empty', 'has_any', 'has_all', 'has_none'] as const;
export const conditionSchema = z.strictObject({
  /** A built-in field (prefecture, lifecycleStage, tags, …) or `custom.<fieldId>`. */
  field: z.string().min(1).max(100),
  op: z.enum(FILTER_OPS),
  value: z.unknown().optional(),
});
export const filterSchema = z.strictObject({
  match: z.enum(['all', 'any']).default('all'),
  conditions: z.array(conditionSchema).max(30),
});
export type Filter = z.infer<typeof filterSchema>;
export type Condition = z.infer<typeof conditionSchema>;
