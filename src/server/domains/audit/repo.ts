// audit_log: append-only, listed newest first by its time-ordered id.
import type { Executor } from '../../platform/db/index.ts';

export interface AuditRow {
  workspace_id: string; audit_id: string; occurred_at: Date; actor_user_id: string | null; actor_api_key_id: string | null;
  actor_label: string; action: string; entity_type: string; entity_id: string | null; ip: string | null;
  user_agent: string | null; request_id: string | null; before: unknown; after: unknown;
}

export async function insertAudit(db: Executor, row: Omit<AuditRow, 'occurred_at'>): Promise<void> {
  await db.insertInto('audit_log').values({
    ...row,
    before: row.before === undefined || row.before === null ? null : JSON.stringify(row.before),
    after: row.after === undefined || row.after === null ? null : JSON.stringify(row.after),
  }).execute();
}

export async function listAudit(db: Executor, workspaceId: string, limit: number, beforeId: string | undefined): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (beforeId) q = q.where('audit_id', '<', beforeId);
  return q.orderBy('audit_id', 'desc').limit(limit).execute() as Promise<AuditRow[]>;
}
