// Background work with progress: a job run row the UI polls, and a pg-boss job that does the work.
// Handlers get the run's last checkpoint (`done`) so a retry after a crash continues instead of redoing.
import type { Job } from 'pg-boss';
import type { Deps, Executor } from '../../platform/context.ts';
import { DEFAULT_RETRY_LIMIT, type JobDefinition, type Queue } from '../../platform/queue.ts';
import { notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { JobRun } from '../../../common/jobs.ts';
import * as repo from './repo.ts';
import { isoTime, isoTimeOrNull } from '../../lib/time.ts';

export interface JobPayload { workspaceId: string; jobRunId: string }

export interface RunContext<P> {
  workspaceId: string;
  jobRunId: string;
  params: P;
  /** The last progress saved: where a retried run resumes. */
  done: number;
  signal: AbortSignal;
  progress(done: number, total: number | null): Promise<void>;
}

export interface TrackedJob<P> { kind: string; run: (deps: Deps, ctx: RunContext<P>) => Promise<void>; retryLimit?: number; expireInSeconds?: number }

/** Records a run and enqueues it. Pass a transaction to make the run part of a larger change. */
export async function startJob<P>(deps: Deps, queue: Pick<Queue, 'send'>, kind: string, workspaceId: string, params: P, opts: { createdBy?: string | null; total?: number | null } = {}): Promise<string> {
  const jobRunId = uuidv7();
  await repo.insertJobRun(deps.db.kysely, { workspace_id: workspaceId, job_run_id: jobRunId, kind, params, created_by: opts.createdBy ?? null, total: opts.total ?? null });
  await queue.send<JobPayload>(kind, { workspaceId, jobRunId });
  return jobRunId;
}

/** Wraps a tracked job as a queue handler that keeps its job run row true. */
export function defineJob<P>(deps: Deps, job: TrackedJob<P>): JobDefinition<JobPayload> {
  return {
    name: job.kind,
    ...(job.retryLimit !== undefined ? { retryLimit: job.retryLimit } : {}),
    ...(job.expireInSeconds !== undefined ? { expireInSeconds: job.expireInSeconds } : {}),
    handler: async (j: Job<JobPayload>) => {
      const { workspaceId, jobRunId } = j.data;
      const db = deps.db.kysely;
      const run = await repo.findJobRun(db, workspaceId, jobRunId);
      if (!run || run.status === 'succeeded' || run.status === 'cancelled') return;
      await repo.markRunning(db, workspaceId, jobRunId);
      try {
        await job.run(deps, {
          workspaceId, jobRunId, params: run.params as P, done: Number(run.done), signal: j.signal,
          progress: (done, total) => repo.setProgress(db, workspaceId, jobRunId, done, total),
        });
        await repo.finish(db, workspaceId, jobRunId, 'succeeded', null);
      } catch (err) {
        // Stopped for shutdown or failed with retries left: back to queued; pg-boss retries it.
        const message = err instanceof Error ? err.message : String(err);
        const retriesLeft = j.retryCount < (job.retryLimit ?? DEFAULT_RETRY_LIMIT);
        await repo.finish(db, workspaceId, jobRunId, retriesLeft ? 'queued' : 'failed', message.slice(0, 2000)).catch(() => undefined);
        throw err;
      }
    },
  };
}

export async function getJobRun(db: Executor, workspaceId: string, jobRunId: string): Promise<JobRun> {
  const r = await repo.findJobRun(db, workspaceId, jobRunId);
  if (!r) throw notFound('job');
  return {
    jobRunId: r.job_run_id, kind: r.kind, status: r.status, done: Number(r.done), total: r.total === null ? null : Number(r.total), attempts: r.attempts,
    error: r.error, createdAt: isoTime(r.created_at), finishedAt: isoTimeOrNull(r.finished_at),
  };
}
