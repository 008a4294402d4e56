// The audit log as admins read it.
import { z } from 'zod';

export const auditEntrySchema = z.object({
  auditId: z.string(), occurredAt: z.string(), actorLabel: z.string(), action: z.string(),
  entityType: z.string(), entityId: z.string().nullable(), ip: z.string().nullable(),
});
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });
export type AuditEntry = z.infer<typeof auditEntrySchema>;
