// History (issue #4): activities, products, purchases, contracts, the customer figures and the timeline,
// as the API takes and returns them. Amounts are whole yen, tax included.
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();
const yen = z.number().int().min(-1_000_000_000_000).max(1_000_000_000_000);

// ---- Activities ----------------------------------------------------------------------------------------
export const ACTIVITY_KINDS = ['call', 'visit', 'email', 'event', 'inquiry', 'survey', 'dm', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const activityKindSchema = z.enum(ACTIVITY_KINDS);

/** What only some kinds carry. Unknown keys are refused, so a typo is an error, not lost data. */
export const activityDetailsSchemas = {
  call: z.strictObject({
    direction: z.enum(['in', 'out']).optional(),
    durationSeconds: z.number().int().min(0).max(86_400).optional(),
    result: z.enum(['reached', 'no_answer', 'voicemail', 'callback']).optional(),
  }),
  visit: z.strictObject({ visitType: z.enum(['shop', 'sales']).optional() }),
  email: z.strictObject({ direction: z.enum(['in', 'out']).optional(), subject: optionalText(300) }),
  event: z.strictObject({ eventName: optionalText(200), attended: z.boolean().optional() }),
  inquiry: z.strictObject({ subject: optionalText(300) }),
  survey: z.strictObject({ answers: z.array(z.strictObject({ question: text(500).min(1), answer: text(2000) })).max(200).optional() }),
  dm: z.strictObject({ subject: optionalText(300) }),
  note: z.strictObject({}),
} satisfies Record<ActivityKind, z.ZodType>;

export const activityCreateBody = z.strictObject({
  kind: activityKindSchema,
  /** When it happened; now when left out. */
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  touchpointId: z.uuid().nullable().optional(),
  /** The staff member; the signed-in user when left out. */
  staffUserId: z.uuid().nullable().optional(),
  body: optionalText(20_000),
  details: z.record(z.string(), z.unknown()).optional(),
  /** Custom field values (fields of entity type `activity`) by field id. */
  custom: z.record(z.uuid(), z.unknown()).optional(),
});
export type ActivityInput = z.infer<typeof activityCreateBody>;

export const activitySchema = z.object({
  activityId: z.string(), personId: z.string(), kind: activityKindSchema, occurredAt: z.string(),
  touchpointId: z.string().nullable(), touchpointName: z.string().nullable(), staffUserId: z.string().nullable(), staffName: z.string().nullable(),
  body: z.string().nullable(), details: z.record(z.string(), z.unknown()), custom: z.record(z.string(), z.unknown()), createdAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;
export const activityParams = z.strictObject({ activityId: z.uuid() });

export const touchpointSchema = z.object({ touchpointId: z.string(), name: z.string(), position: z.number(), archived: z.boolean() });
export type Touchpoint = z.infer<typeof touchpointSchema>;
export const touchpointsSchema = z.object({ items: z.array(touchpointSchema) });
export const touchpointCreateBody = z.strictObject({ name: text(100).min(1) });
export const touchpointPatchBody = z.strictObject({ name: text(100).min(1).optional(), position: z.number().int().min(0).max(10_000).optional(), archived: z.boolean().optional() });
export const touchpointParams = z.strictObject({ touchpointId: z.uuid() });

// ---- Products ------------------------------------------------------------------------------------------
export const TAX_RATES = [10, 8, 0] as const;
const taxRate = z.union([z.literal(10), z.literal(8), z.literal(0)]);
export const productFields = {
  code: text(100).min(1),
  name: text(200).min(1),
  nameKana: optionalText(200),
  category: optionalText(100),
  price: z.number().int().min(0).max(1_000_000_000),
  taxRate: taxRate.default(10),
  active: z.boolean().default(true),
};
export const productCreateBody = z.strictObject(productFields);
export const productPatchBody = z.strictObject({
  code: productFields.code.optional(), name: productFields.name.optional(), nameKana: productFields.nameKana, category: productFields.category,
  price: productFields.price.optional(), taxRate: taxRate.optional(), active: z.boolean().optional(), version: z.number().int().min(1),
});
export const productSchema = z.object({
  productId: z.string(), code: z.string(), name: z.string(), nameKana: z.string().nullable(), category: z.string().nullable(),
  price: z.number(), taxRate: z.number(), active: z.boolean(), version: z.number(), updatedAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;
export const productListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(), includeInactive: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const productsPageSchema = z.object({ items: z.array(productSchema), nextCursor: z.string().nullable() });
export const productParams = z.strictObject({ productId: z.uuid() });

// ---- Purchases -----------------------------------------------------------------------------------------
export const ORDER_CHANNELS = ['shop', 'ec', 'phone', 'event', 'other'] as const;

/** Who bought: a known person, or keys to find them by (card number first, then email, phone, external id). */
export const orderCustomerSchema = z.strictObject({
  personId: z.uuid().optional(),
  cardNumber: text(50).min(1).optional(),
  email: text(254).min(1).optional(),
  phone: text(40).min(1).optional(),
  /** The other system's customer id, as `system:id` would be ambiguous: both given. */
  externalSystem: text(50).min(1).optional(),
  externalId: text(200).min(1).optional(),
  /** Used only when nobody matches and a prospect is created. */
  familyName: text(100).min(1).optional(),
  givenName: optionalText(100),
  familyNameKana: optionalText(100),
  givenNameKana: optionalText(100),
});

export const orderLineSchema = z.strictObject({
  productCode: text(100).min(1).optional(),
  productName: text(200).min(1).optional(),
  quantity: z.number().min(-100_000).max(100_000).refine((n) => n !== 0, 'zero'),
  unitPrice: z.number().int().min(0).max(1_000_000_000),
  taxRate: taxRate.optional(),
  /** The line's amount, tax included; quantity × unit price when left out. */
  amount: yen.optional(),
});

export const orderInputSchema = z.strictObject({
  /** The register's or the shop's order number: sending the same one again changes nothing. */
  externalId: text(200).min(1),
  orderedAt: z.iso.datetime({ offset: true }),
  channel: z.enum(ORDER_CHANNELS).default('shop'),
  store: optionalText(100),
  paymentMethod: optionalText(50),
  customer: orderCustomerSchema,
  lines: z.array(orderLineSchema).min(1).max(500),
  /** The order's total, tax included; the sum of the lines when left out. */
  total: yen.optional(),
  pointsUsed: z.number().int().min(0).max(100_000_000).default(0),
  pointsEarned: z.number().int().min(0).max(100_000_000).default(0),
  /** For a return or refund: the externalId of the order it returns. Its lines have negative quantities. */
  returnsExternalId: text(200).min(1).optional(),
});
export type OrderInput = z.infer<typeof orderInputSchema>;

export const BATCH_MAX_ORDERS = 10_000;
/** The batch is taken as raw items so that one bad order is reported by its index, not the whole body. */
export const orderBatchBody = z.strictObject({ orders: z.array(z.unknown()).min(1).max(BATCH_MAX_ORDERS) });
export const orderBatchQuery = z.strictObject({ atomic: z.enum(['true', 'false']).optional() });
export const orderErrorSchema = z.object({ index: z.number(), externalId: z.string().nullable(), field: z.string(), code: z.string(), message: z.string() });
export const orderBatchResultSchema = z.object({
  /** Orders written by this call. */
  created: z.number(),
  /** Orders already there (same externalId): changed nothing. */
  duplicates: z.number(),
  /** Prospects created for customers nobody matched. */
  peopleCreated: z.number(),
  /** Orders refused, with the reason; with atomic=true any error means nothing was written. */
  errors: z.array(orderErrorSchema),
  applied: z.boolean(),
});
export type OrderBatchResult = z.infer<typeof orderBatchResultSchema>;

export const orderLineOutSchema = z.object({
  lineNo: z.number(), productId: z.string().nullable(), productCode: z.string().nullable(), productName: z.string(),
  quantity: z.number(), unitPrice: z.number(), taxRate: z.number(), amount: z.number(),
});
export const orderSchema = z.object({
  orderId: z.string(), personId: z.string(), externalId: z.string().nullable(), orderedAt: z.string(), channel: z.enum(ORDER_CHANNELS),
  store: z.string().nullable(), paymentMethod: z.string().nullable(), total: z.number(), tax: z.number(),
  pointsUsed: z.number(), pointsEarned: z.number(), returnsOrderId: z.string().nullable(), lines: z.array(orderLineOutSchema),
});
export type Order = z.infer<typeof orderSchema>;
export const orderParams = z.strictObject({ orderId: z.uuid() });

// ---- Contracts -----------------------------------------------------------------------------------------
export const CONTRACT_STATUSES = ['active', 'cancelled', 'ended'] as const;
export const CONTRACT_PERIODS = ['month', 'year', 'once'] as const;
export const contractFields = {
  plan: text(200).min(1),
  status: z.enum(CONTRACT_STATUSES).default('active'),
  startedOn: z.iso.date(),
  renewsOn: z.iso.date().nullable().optional(),
  cancelledOn: z.iso.date().nullable().optional(),
  cancelReason: optionalText(1000),
  amount: z.number().int().min(0).max(1_000_000_000),
  period: z.enum(CONTRACT_PERIODS).default('month'),
};
export const contractCreateBody = z.strictObject(contractFields);
export const contractPatchBody = z.strictObject({
  plan: contractFields.plan.optional(), status: z.enum(CONTRACT_STATUSES).optional(), startedOn: z.iso.date().optional(),
  renewsOn: contractFields.renewsOn, cancelledOn: contractFields.cancelledOn, cancelReason: contractFields.cancelReason,
  amount: contractFields.amount.optional(), period: z.enum(CONTRACT_PERIODS).optional(), version: z.number().int().min(1),
});
export const contractSchema = z.object({
  contractId: z.string(), personId: z.string(), personName: z.string().nullable(), plan: z.string(), status: z.enum(CONTRACT_STATUSES),
  startedOn: z.string(), renewsOn: z.string().nullable(), cancelledOn: z.string().nullable(), cancelReason: z.string().nullable(),
  amount: z.number(), period: z.enum(CONTRACT_PERIODS), version: z.number(),
});
export type Contract = z.infer<typeof contractSchema>;
export const contractParams = z.strictObject({ contractId: z.uuid() });
export const renewalsQuery = z.strictObject({
  /** Active contracts renewing on or before this day (default: 30 days from today). */
  until: z.iso.date().optional(),
  cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const contractsPageSchema = z.object({ items: z.array(contractSchema), nextCursor: z.string().nullable() });

// ---- Figures -------------------------------------------------------------------------------------------
export const figuresSchema = z.object({
  firstPurchaseAt: z.string().nullable(), lastPurchaseAt: z.string().nullable(),
  /** Orders that are not returns. */
  purchaseCount: z.number(),
  /** Purchases less returns and refunds. */
  totalSpend: z.number(),
  averageSpend: z.number().nullable(),
  /** Lifetime value: total spend plus what contracts have earned to date. */
  ltv: z.number(),
  daysSinceLastPurchase: z.number().nullable(),
  rfm: z.object({ r: z.number(), f: z.number(), m: z.number(), scoredAt: z.string() }).nullable(),
  /** Latest activity per kind (call, visit, email …). */
  lastActivityByKind: z.record(z.string(), z.string()),
});
export type Figures = z.infer<typeof figuresSchema>;
export const lifecycleRulesSchema = z.object({ lapseAfterDays: z.number() });
export const lifecycleRulesBody = z.strictObject({ lapseAfterDays: z.number().int().min(30).max(3650) });

// ---- Timeline ------------------------------------------------------------------------------------------
export const TIMELINE_KINDS = [...ACTIVITY_KINDS, 'purchase', 'contract', 'person_note', 'lifecycle'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const timelineQuery = z.strictObject({
  /** Comma-separated kinds to show; all when left out. */
  kinds: z.string().max(500).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export const timelineEntrySchema = z.object({
  /** The kind of entry: an activity kind, or purchase, contract, person_note (大福帳), lifecycle. */
  kind: z.enum(TIMELINE_KINDS),
  /** The id of the activity, order, contract, note or change. */
  id: z.string(),
  at: z.string(),
  /** Who did it (staff name, note author), where known. */
  by: z.string().nullable(),
  /** One line to show: the note, the plan, the order's first product … */
  summary: z.string().nullable(),
  /** Kind-specific values: an activity's details, an order's total and line count, a stage change … */
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export const timelinePageSchema = z.object({ items: z.array(timelineEntrySchema), nextCursor: z.string().nullable() });
