// Saved views: a named list setup (search, filter, sort, columns) that anyone in the workspace can open.
import { z } from 'zod';
import { filterSchema } from './filters.ts';
import { entityTypeSchema } from './fields.ts';
import { PEOPLE_SORTS } from './people.ts';

export const viewDefinitionSchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  filter: filterSchema.optional(),
  sort: z.enum(PEOPLE_SORTS).optional(),
  /** List item fields (see PERSON_LIST_FIELDS) or `custom.<fieldId>`, in the order shown. */
  columns: z.array(z.string().min(1).max(100)).max(50).optional(),
});
export type ViewDefinition = z.infer<typeof viewDefinitionSchema>;

const viewName = z.string().trim().min(1).max(100);
export const viewCreateBody = z.strictObject({ entityType: entityTypeSchema.default('person'), name: viewName, definition: viewDefinitionSchema });
export const viewPatchBody = z.strictObject({ name: viewName.optional(), definition: viewDefinitionSchema.optional() });
export const viewParams = z.strictObject({ viewId: z.uuid() });
export const viewListQuery = z.strictObject({ entityType: entityTypeSchema.default('person') });

export const viewSchema = z.object({
  viewId: z.string(), entityType: entityTypeSchema, name: z.string(), definition: viewDefinitionSchema,
  createdBy: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
});
export type View = z.infer<typeof viewSchema>;
export const viewsSchema = z.object({ items: z.array(viewSchema) });
