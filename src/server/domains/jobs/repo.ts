// job_runs: the progress of long work as pages see it. pg-boss keeps the queue itself in its own schema.
import { sql, type Executor } from '../../platform/db/index.ts';

export interface JobRunRow {
  workspace_id: string; job_run_id: string; kind: string; status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  done: number; total: number | null; attempts: number; error: string | null; params: unknown; created_by: string | null;
  created_at: Date; started_at: Date | null; finished_at: Date | null;
}

export async function insertJobRun(db: Executor, row: { workspace_id: string; job_run_id: string; kind: string; params: unknown; created_by: string | null; total: number | null }): Promise<void> {
  await db.insertInto('job_runs').values({ ...row, status: 'queued', params: JSON.stringify(row.params) }).execute();
}

export async function findJobRun(db: Executor, workspaceId: string, jobRunId: string): Promise<JobRunRow | undefined> {
  return db.selectFrom('job_runs').selectAll().where('workspace_id', '=', workspaceId).where('job_run_id', '=', jobRunId)
    .executeTakeFirst() as Promise<JobRunRow | undefined>;
}

export async function markRunning(db: Executor, workspaceId: string, jobRunId: string): Promise<void> {
  await db.updateTable('job_runs')
    .set({ status: 'running', attempts: sql`attempts + 1`, started_at: sql`coalesce(started_at, now())`, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId).where('job_run_id', '=', jobRunId).execute();
}

export async function setProgress(db: Executor, workspaceId: string, jobRunId: string, done: number, total: number | null): Promise<void> {
  await db.updateTable('job_runs').set({ done, total, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId).where('job_run_id', '=', jobRunId).execute();
}

export async function finish(db: Executor, workspaceId: string, jobRunId: string, status: 'succeeded' | 'failed' | 'queued', error: string | null): Promise<void> {
  await db.updateTable('job_runs')
    .set({ status, error, updated_at: sql`now()`, finished_at: status === 'queued' ? null : sql`now()` })
    .where('workspace_id', '=', workspaceId).where('job_run_id', '=', jobRunId).execute();
}
