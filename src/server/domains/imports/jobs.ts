import type { TrackedJob } from '../jobs/index.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { t } from '../../platform/i18n/index.ts';
import { CsvError } from '../../lib/tabular/csv.ts';
import { TableFileProblem } from '../../lib/tabular/reader.ts';
import { checkImport } from './check.ts';
import { runImport } from './run.ts';
import { undoImport } from './undo.ts';
import * as repo from './repo.ts';

export const IMPORT_CHECK_JOB = 'imports.check';

/** Checks an uploaded file in the background; a file that breaks halfway (bad quoting) fails the import with the line, not the job. */
export function importCheckJob(): TrackedJob<{ importId: string; locale: Locale }> {
  return {
    kind: IMPORT_CHECK_JOB,
    run: async (deps, ctx) => {
      const { importId, locale } = ctx.params;
      try {
        // A retried check starts over: it only reads, so nothing is counted twice.
        const counts = await checkImport(deps, ctx.workspaceId, importId, { locale, signal: ctx.signal, progress: (done) => ctx.progress(done, null) });
        await ctx.progress(counts.rows, counts.rows);
      } catch (err) {
        // A file that breaks partway (bad quoting, a damaged workbook) is the user's to fix, not a job to retry.
        if (!(err instanceof CsvError) && !(err instanceof TableFileProblem)) throw err;
        const error = t(locale, `validation.${err.code}`, err instanceof CsvError ? { line: err.line } : {});
        await repo.updateImport(deps.db.kysely, ctx.workspaceId, importId, { status: 'failed', error });
      }
    },
  };
}

export const IMPORT_RUN_JOB = 'imports.run';
export const IMPORT_UNDO_JOB = 'imports.undo';

/** Writes the rows; a retry resumes after the last batch written (see run.ts). */
export function importRunJob(): TrackedJob<{ importId: string; locale: Locale; authorLabel: string; total: number }> {
  return {
    kind: IMPORT_RUN_JOB,
    run: async (deps, ctx) => {
      const { importId, locale, authorLabel, total } = ctx.params;
      await runImport(deps, ctx.workspaceId, importId, { locale, authorLabel, signal: ctx.signal, progress: (done) => ctx.progress(done, total) });
    },
  };
}

/** Undoes a run; a retry goes on with the changes not yet undone. */
export function importUndoJob(): TrackedJob<{ importId: string; total: number }> {
  return {
    kind: IMPORT_UNDO_JOB,
    run: async (deps, ctx) => {
      await undoImport(deps, ctx.workspaceId, ctx.params.importId, (done) => ctx.progress(done, ctx.params.total));
    },
  };
}
