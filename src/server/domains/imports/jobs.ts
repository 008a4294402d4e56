import type { TrackedJob } from '../jobs/index.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { t } from '../../platform/i18n/index.ts';
import { CsvError } from '../../lib/tabular/csv.ts';
import { checkImport } from './check.ts';
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
        if (!(err instanceof CsvError)) throw err;
        await repo.updateImport(deps.db.kysely, ctx.workspaceId, importId, { status: 'failed', error: t(locale, `validation.${err.code}`, { line: err.line }) });
      }
    },
  };
}
