import { useCursorPages } from '../../app/queries.ts';

export interface AuditEntry {
  auditId: string;
  occurredAt: string;
  actorLabel: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
}

interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export function useAuditLog() {
  return useCursorPages<AuditPage>(['audit'], '/api/audit', 50);
}
