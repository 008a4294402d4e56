// Who did what, when, from where: written in the same transaction as the change it records.
import type { Actor, Executor } from '../../platform/context.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { cursorId } from '../../platform/errors.ts';
import { pageOf } from '../../lib/paging.ts';
import * as repo from './repo.ts';
import { isoTime } from '../../lib/time.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

const SENSITIVE = /password|secret|token|hash/i;

/** Never keeps a credential in the log, whatever a caller passes in before/after. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SENSITIVE.test(k) ? '[redacted]' : redact(v)]));
}

export async function record(db: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await repo.insertAudit(db, {
    workspace_id: actor.workspaceId,
    audit_id: uuidv7(),
    actor_user_id: actor.userId,
    actor_api_key_id: actor.apiKeyId,
    actor_label: actor.label,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId ?? null,
    ip: actor.ip,
    user_agent: actor.userAgent,
    request_id: actor.requestId,
    before: redact(entry.before ?? null),
    after: redact(entry.after ?? null),
  });
}

export async function list(db: Executor, workspaceId: string, limit: number, cursor: string | undefined) {
  const rows = await repo.listAudit(db, workspaceId, limit + 1, cursorId(cursor));
  const { page, nextCursor } = pageOf(rows, limit, (r) => r.audit_id);
  return {
    items: page.map((r) => ({
      auditId: r.audit_id,
      occurredAt: isoTime(r.occurred_at),
      actorLabel: r.actor_label,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      ip: r.ip,
    })),
    nextCursor,
  };
}
