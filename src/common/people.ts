// The people list as the API returns it (the customer-database issue extends the record).
import { z } from 'zod';
import { filterSchema } from './filters.ts';

export const LIFECYCLE_STAGES = ['prospect', 'customer', 'former'] as const;
export const personListItemSchema = z.object({
  personId: z.string(), familyName: z.string(), givenName: z.string().nullable(),
  familyNameKana: z.string().nullable(), givenNameKana: z.string().nullable(), email: z.string().nullable(),
  phone: z.string().nullable(), prefecture: z.string().nullable(), city: z.string().nullable(), companyName: z.string().nullable(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES), ownerUserId: z.string().nullable(), tags: z.array(z.string()),
  /** Custom field values by field id. */
  custom: z.record(z.string(), z.unknown()),
  createdAt: z.string(), updatedAt: z.string(), lastActivityAt: z.string().nullable(),
});
/** What `fields=` may ask for; personId always comes. */
export const PERSON_LIST_FIELDS = Object.keys(personListItemSchema.shape).filter((k) => k !== 'personId') as (keyof PersonListItem)[];
export const peoplePageSchema = z.object({
  /** Each item has personId and the fields asked for (all of them without `fields`). */
  items: z.array(personListItemSchema.partial().required({ personId: true })),
  nextCursor: z.string().nullable(),
  /**
   * How many match, when the first page holds them all; else null: counting a million is not free, so ask
   * GET /api/people/count (same q and filter) when the number is wanted.
   */
  total: z.number().nullable(),
});
export type PersonListItem = z.infer<typeof personListItemSchema>;
export type PeoplePage = z.infer<typeof peoplePageSchema>;
export const PEOPLE_SORTS = ['newest', 'kana', 'updated', 'activity'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const genderSchema = z.enum(['female', 'male', 'other', 'unknown']);
export const lifecycleStageSchema = z.enum(LIFECYCLE_STAGES);
export const preferredChannelSchema = z.enum(['email', 'dm', 'phone', 'line', 'shop']);

/** A person as entered: values are checked and normalised by the server's Japanese-text rules. */
export const personFields = {
  familyName: text(100).min(1),
  givenName: optionalText(100),
  familyNameKana: optionalText(100),
  givenNameKana: optionalText(100),
  emails: z.array(z.strictObject({ email: text(254).min(1), label: optionalText(50), isPrimary: z.boolean().optional() })).max(10).optional(),
  phones: z.array(z.strictObject({ phone: text(40).min(1), label: optionalText(50), isPrimary: z.boolean().optional() })).max(10).optional(),
  /** SNS and app accounts (LINE, Instagram, the shop's app …): service name and handle, as typed. */
  accounts: z.array(z.strictObject({ service: text(50).min(1), handle: text(200).min(1) })).max(20).optional(),
  birthday: z.iso.date().nullable().optional(),
  gender: genderSchema.nullable().optional(),
  postalCode: optionalText(10),
  prefecture: optionalText(10),
  city: optionalText(100),
  addressLine: optionalText(200),
  building: optionalText(200),
  companyId: z.uuid().nullable().optional(),
  jobTitle: optionalText(100),
  department: optionalText(100),
  memberNumber: optionalText(50),
  preferredChannel: preferredChannelSchema.nullable().optional(),
  source: optionalText(100),
  ownerUserId: z.uuid().nullable().optional(),
  lifecycleStage: lifecycleStageSchema.optional(),
  familyNotes: optionalText(5000),
  interests: optionalText(5000),
  tags: z.array(text(50).min(1)).max(50).optional(),
  /** Custom field values by field id; null removes one. Checked against the field's type. */
  custom: z.record(z.uuid(), z.unknown()).optional(),
};
export const personCreateBody = z.strictObject(personFields);
export const personPatchBody = z.strictObject({ ...personFields, familyName: personFields.familyName.optional(), version: z.number().int().min(1) });
export const personParams = z.strictObject({ personId: z.uuid() });
export type PersonInput = z.infer<typeof personCreateBody>;
export type PersonPatch = z.infer<typeof personPatchBody>;

export const personSchema = z.object({
  personId: z.string(), version: z.number(), displayName: z.string(),
  familyName: z.string(), givenName: z.string().nullable(), familyNameKana: z.string().nullable(), givenNameKana: z.string().nullable(),
  emails: z.array(z.object({ emailId: z.string(), email: z.string(), label: z.string().nullable(), isPrimary: z.boolean() })),
  phones: z.array(z.object({ phoneId: z.string(), e164: z.string(), display: z.string(), label: z.string().nullable(), isPrimary: z.boolean() })),
  birthday: z.string().nullable(), age: z.number().nullable(), gender: genderSchema.nullable(),
  postalCode: z.string().nullable(), prefecture: z.string().nullable(), city: z.string().nullable(),
  addressLine: z.string().nullable(), building: z.string().nullable(),
  companyId: z.string().nullable(), companyName: z.string().nullable(), jobTitle: z.string().nullable(), department: z.string().nullable(),
  memberNumber: z.string().nullable(), preferredChannel: preferredChannelSchema.nullable(), source: z.string().nullable(),
  ownerUserId: z.string().nullable(), lifecycleStage: lifecycleStageSchema, lifecycleChangedAt: z.string(),
  familyNotes: z.string().nullable(), interests: z.string().nullable(), tags: z.array(z.string()),
  accounts: z.array(z.object({ service: z.string(), handle: z.string() })),
  /** Every stage change, oldest first, with its date. */
  lifecycleHistory: z.array(z.object({ fromStage: lifecycleStageSchema.nullable(), toStage: lifecycleStageSchema, changedAt: z.string() })),
  custom: z.record(z.string(), z.unknown()),
  createdAt: z.string(), updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const duplicateCandidatesSchema = z.object({
  items: z.array(z.object({
    person: z.object({ personId: z.string(), displayName: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
    reasons: z.array(z.enum(['email', 'phone', 'name_birthday', 'name_postal_code'])),
  })),
});
export const duplicatesQueryBody = z.strictObject({ person: personCreateBody.partial(), excludePersonId: z.uuid().nullable().optional() });
const selectionQuery = {
  q: z.string().trim().max(100).optional(),
  /** A Filter (src/common/filters.ts) as JSON. */
  filter: z.string().max(20000).optional(),
};
export const peopleListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  /** newest (default), kana (読み, people without furigana last), updated, activity (last activity, never-active last). */
  sort: z.enum(PEOPLE_SORTS).default('newest'),
  /** Comma-separated item fields to return (see PERSON_LIST_FIELDS); all when absent. */
  fields: z.string().max(500).optional(),
  ...selectionQuery,
});
export const peopleCountQuery = z.strictObject(selectionQuery);
export const peopleCountSchema = z.object({ total: z.number() });
export const peopleExportQuery = z.strictObject({
  ...selectionQuery,
  /** Comma-separated columns (see EXPORT_COLUMNS, and custom:<fieldId>); all when absent. */
  columns: z.string().max(5000).optional(),
  /** csv (default) or xlsx (an Excel workbook, every cell text; at most 1,048,576 rows with the header). */
  format: z.enum(['csv', 'xlsx']).default('csv'),
  /** For csv: utf-8 (with the BOM Excel needs) or cp932 (Shift_JIS as Windows writes it). */
  encoding: z.enum(['utf-8', 'cp932']).default('utf-8'),
});

/** The columns an export can have, in their order, each with the header the file gives it. */
export const exportColumnsSchema = z.array(z.object({ key: z.string(), label: z.string() }));
export type ExportColumn = z.infer<typeof exportColumnsSchema>[number];

export const noteCreateBody = z.strictObject({ body: z.string().trim().min(1).max(20000), notedOn: z.iso.date().optional() });
export const noteSchema = z.object({ noteId: z.string(), body: z.string(), notedOn: z.string(), authorLabel: z.string(), createdAt: z.string() });
export const notesSchema = z.object({ items: z.array(noteSchema) });
export type Note = z.infer<typeof noteSchema>;

const choice = z.enum(['survivor', 'merged']).optional();
export const mergeBody = z.strictObject({
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  fields: z.strictObject({
    familyName: choice, givenName: choice, familyNameKana: choice, givenNameKana: choice, birthday: choice, gender: choice,
    postalCode: choice, prefecture: choice, city: choice, addressLine: choice, building: choice, companyId: choice, jobTitle: choice,
    department: choice, memberNumber: choice, preferredChannel: choice, source: choice, ownerUserId: choice, lifecycleStage: choice,
    familyNotes: choice, interests: choice,
  }).default({}),
});
export const mergeResultSchema = z.object({ mergeId: z.string(), person: personSchema });
export const mergeParams = z.strictObject({ mergeId: z.uuid() });

export const tagsSchema = z.object({ items: z.array(z.object({ tagId: z.string(), name: z.string(), people: z.number() })) });

/** The most people one bulk change may touch (by ids, or all that a search and filter select). */
export const BULK_MAX = 10_000;
const bulkTags = z.array(text(50).min(1)).min(1).max(20);
export const bulkActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('add_tags'), tags: bulkTags }),
  z.strictObject({ kind: z.literal('remove_tags'), tags: bulkTags }),
  z.strictObject({ kind: z.literal('set_owner'), ownerUserId: z.uuid().nullable() }),
  z.strictObject({ kind: z.literal('set_lifecycle'), lifecycleStage: lifecycleStageSchema }),
  z.strictObject({ kind: z.literal('delete') }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;
export const bulkBody = z.strictObject({
  /** These people… */
  personIds: z.array(z.uuid()).min(1).max(BULK_MAX).optional(),
  /** …or every person this search and filter select (as the list shows them). Exactly one of the two. */
  matching: z.strictObject({ q: z.string().trim().max(100).optional(), filter: filterSchema.optional() }).optional(),
  action: bulkActionSchema,
});
export const bulkResultSchema = z.object({ bulkChangeId: z.string(), count: z.number() });
export const bulkParams = z.strictObject({ bulkChangeId: z.uuid() });
