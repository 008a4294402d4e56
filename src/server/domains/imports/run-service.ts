// Starting, cancelling and undoing an import's run, and the workspace's import history. The work itself
// is done by background jobs (run.ts, undo.ts); these only check the step is allowed, move the status,
// start the job and write the audit entry, all at the user's request.
import type { Actor, Deps } from '../../platform/context.ts';
import { AppError, InvalidFieldsError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { Queue } from '../../platform/queue.ts';
import { record } from '../audit/index.ts';
import { startJob } from '../jobs/index.ts';
import { importOptionsSchema, type Import, type ImportSummary } from '../../../common/imports.ts';
import { IMPORT_RUN_JOB, IMPORT_UNDO_JOB } from './jobs.ts';
import { emptyResult } from './run.ts';
import { canUndo, foundImport, importView, resultOf, statusOf, summaryOf } from './service.ts';
import * as repo from './repo.ts';

/** Starts writing the rows, with the options the check ran with. */
export async function startRun(deps: Deps, queue: Pick<Queue, 'send'>, actor: Actor, importId: string, locale: Locale): Promise<Import> {
  const db = deps.db.kysely;
  const r = await foundImport(db, actor.workspaceId, importId);
  if (r.status !== 'checked' || !r.counts) throw new AppError(409, 'import_not_checked');
  const options = importOptionsSchema.parse(r.options);
  if (r.counts.invalid && !options.keepValid) throw new InvalidFieldsError([{ field: 'keepValid', code: 'import_has_invalid_rows', params: { count: r.counts.invalid } }]);
  const started = await db.transaction().execute(async (trx) => {
    if (!(await repo.moveStatus(trx, actor.workspaceId, importId, ['checked'], 'running', { result: emptyResult() }))) return false;
    await record(trx, actor, { action: 'imports.run', entityType: 'import', entityId: importId, after: { fileName: r.file_name, options, counts: r.counts } });
    return true;
  });
  if (!started) throw new AppError(409, 'import_started');
  const jobRunId = await startJob(deps, queue, IMPORT_RUN_JOB, actor.workspaceId, { importId, locale, authorLabel: actor.label, total: r.counts.rows }, { createdBy: actor.userId, total: r.counts.rows });
  await repo.updateImport(db, actor.workspaceId, importId, { job_run_id: jobRunId });
  return importView(db, actor.workspaceId, importId, locale);
}

/** Stops a run after the batch it is writing; what is written stays, and can be undone. */
export async function cancelRun(deps: Deps, actor: Actor, importId: string, locale: Locale): Promise<Import> {
  const db = deps.db.kysely;
  await foundImport(db, actor.workspaceId, importId);
  const cancelled = await db.transaction().execute(async (trx) => {
    if (!(await repo.moveStatus(trx, actor.workspaceId, importId, ['running'], 'cancelled', { finished_at: deps.now() }))) return false;
    await record(trx, actor, { action: 'imports.cancelled', entityType: 'import', entityId: importId });
    return true;
  });
  if (!cancelled) throw new AppError(409, 'import_not_running');
  return importView(db, actor.workspaceId, importId, locale);
}

/** Undoes a finished (or cancelled) run as a whole, in the background. */
export async function startUndo(deps: Deps, queue: Pick<Queue, 'send'>, actor: Actor, importId: string, locale: Locale): Promise<Import> {
  const db = deps.db.kysely;
  const r = await foundImport(db, actor.workspaceId, importId);
  const result = resultOf(r);
  if (!canUndo(r, await statusOf(db, r))) throw new AppError(409, 'import_cannot_undo');
  const started = await db.transaction().execute(async (trx) => {
    if (!(await repo.moveStatus(trx, actor.workspaceId, importId, [r.status], 'undoing'))) return false;
    await record(trx, actor, { action: 'imports.undone', entityType: 'import', entityId: importId, before: result });
    return true;
  });
  if (!started) throw new AppError(409, 'import_cannot_undo');
  const total = (result?.created ?? 0) + (result?.updated ?? 0);
  const jobRunId = await startJob(deps, queue, IMPORT_UNDO_JOB, actor.workspaceId, { importId, total }, { createdBy: actor.userId, total });
  await repo.updateImport(db, actor.workspaceId, importId, { job_run_id: jobRunId });
  return importView(db, actor.workspaceId, importId, locale);
}

/** The workspace's imports, newest first. */
export async function listImports(deps: Deps, actor: Actor, q: { before?: string | undefined; limit: number }): Promise<{ items: ImportSummary[] }> {
  const rows = await repo.listImports(deps.db.kysely, actor.workspaceId, q.before ?? null, q.limit);
  const items = await Promise.all(rows.map((r) => summaryOf(deps.db.kysely, r)));
  return { items };
}
