import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { withQuery } from '../../app/url.ts';

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
  return useInfiniteQuery({
    queryKey: ['audit'],
    queryFn: ({ pageParam }) => api.get<AuditPage>(withQuery('/api/audit', { limit: 50, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
