// Running an import: the file read again in batches, each batch written in one transaction together with
// what undo needs and the count of rows done. That count is the resume point: a worker killed halfway
// leaves every batch either wholly written and counted or not at all, and the retried job skips the rows
// already counted. A cancel is seen at the start of the next batch.
import type { Deps } from '../../platform/context.ts';
import { analyzeTables } from '../../platform/db/index.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { todayInJapan } from '../../lib/time.ts';
import { ensureCompaniesByName } from '../companies/index.ts';
import { listFields } from '../fields/index.ts';
import { matchPeople, writeImportedPeople, type IncomingPerson } from '../people/index.ts';
import { importOptionsSchema, type ImportResult } from '../../../common/imports.ts';
import { groupRows } from './plan.ts';
import { dataBatches, readContext, readRow, type ReadRow } from './rows.ts';
import * as repo from './repo.ts';

export const RUN_BATCH = 2_000;
// The tables the run's own reads plan against (matching, the people it updates, its undo records).
const GROWING_TABLES = ['people', 'person_emails', 'person_phones', 'person_tags', 'import_changes'];

export const emptyResult = (): ImportResult => ({ rowsDone: 0, created: 0, updated: 0, merged: 0, skipped: 0, invalid: 0 });

export interface RunContext {
  locale: Locale;
  authorLabel: string;
  signal: AbortSignal;
  progress: (done: number) => Promise<void>;
}

/** Runs (or resumes) the import; 'cancelled' when a cancel stopped it between batches. */
export async function runImport(deps: Deps, workspaceId: string, importId: string, ctx: RunContext): Promise<'done' | 'cancelled'> {
  const db = deps.db.kysely;
  const imp = (await repo.findImport(db, workspaceId, importId))!;
  const options = importOptionsSchema.parse(imp.options);
  const read = readContext(imp, deps.now(), ctx.locale, await listFields(db, workspaceId, 'person'));
  const resumeAt = ((imp.result as ImportResult | null) ?? emptyResult()).rowsDone;
  const source = dataBatches(db, imp, RUN_BATCH)[Symbol.asyncIterator]();
  let rowsRead = 0;
  /** The next batch not yet written, read through the mapping and rules; null past the end. */
  const readNext = async (): Promise<{ seen: number; rows: ReadRow[] } | null> => {
    for (;;) {
      const next = await source.next();
      if (next.done) return null;
      const from = rowsRead;
      rowsRead += next.value.length;
      if (rowsRead > resumeAt) return { seen: rowsRead, rows: next.value.slice(Math.max(0, resumeAt - from)).map((r) => readRow(r, read)) };
    }
  };
  let batches = 0;
  let analyzeAt = 1;
  let ahead = readNext();
  for (let current = await ahead; current; current = await ahead) {
    // The next batch is read (CPU here) while this one is written (work in the database). Its rows are
    // matched only after this batch commits, so a repeat of a row of this batch finds the person it made.
    ahead = readNext();
    ahead.catch(() => undefined);
    const { seen, rows } = current;
    if (ctx.signal.aborted) throw new Error('import run stopped');
    const groups = groupRows(rows, options.mode === 'overwrite');
    const matched = await matchPeople(db, workspaceId, groups.map((g) => g.keys));
    const now = deps.now();
    const outcome = await db.transaction().execute(async (trx) => {
      const locked = (await repo.lockImport(trx, workspaceId, importId))!;
      if (locked.status !== 'running') return 'cancelled' as const;
      const result = { ...emptyResult(), ...(locked.result as ImportResult | null) };
      // The batch may have been written already by a run that died after its commit but before it was seen.
      if (result.rowsDone >= seen) return 'written' as const;
      const mine = await repo.createdAmong(trx, workspaceId, importId, matched.filter((m): m is string => m !== null));
      const creates: IncomingPerson[] = [];
      const updates: { personId: string; incoming: IncomingPerson; mode: 'fill' | 'overwrite' }[] = [];
      result.invalid += rows.filter((r) => !r.incoming).length;
      groups.forEach((g, i) => {
        const personId = matched[i];
        if (!personId) {
          creates.push(g.incoming);
          result.created += 1;
          result.merged += g.lines.length - 1;
        } else if (mine.has(personId)) {
          // A repeat of a row of an earlier batch: merged into the record that row created, whatever the mode.
          updates.push({ personId, incoming: g.incoming, mode: options.mode === 'overwrite' ? 'overwrite' : 'fill' });
          result.merged += g.lines.length;
        } else if (options.mode === 'skip') {
          result.skipped += g.lines.length;
        } else {
          updates.push({ personId, incoming: g.incoming, mode: options.mode });
          result.updated += g.lines.length;
        }
      });
      const companiesCreated: string[] = [];
      const companies = async (names: string[]) => {
        const found = await ensureCompaniesByName(trx, workspaceId, names);
        companiesCreated.push(...found.created);
        return found.ids;
      };
      const written = await writeImportedPeople(trx, workspaceId, { creates, updates, companies, userId: imp.created_by, authorLabel: ctx.authorLabel, now, today: todayInJapan(now) });
      await repo.insertChanges(trx, workspaceId, importId, [
        ...written.created.map((id) => ({ record_id: id, record_type: 'person' as const, change: 'created' as const, before: null })),
        ...written.changes.map((c) => ({ record_id: c.personId, record_type: 'person' as const, change: 'updated' as const, before: { ...c } })),
        ...companiesCreated.map((id) => ({ record_id: id, record_type: 'company' as const, change: 'created' as const, before: null })),
        ...written.createdTags.map((id) => ({ record_id: id, record_type: 'tag' as const, change: 'created' as const, before: null })),
      ]);
      result.rowsDone = seen;
      await repo.updateImport(trx, workspaceId, importId, { result });
      return 'written' as const;
    });
    if (outcome === 'cancelled') return 'cancelled';
    // After batches 1, 4, 16, 64 …: the tables grow faster than the database's own statistics follow.
    batches += 1;
    if (batches === analyzeAt) {
      analyzeAt *= 4;
      await analyzeTables(db, GROWING_TABLES);
    }
    await ctx.progress(seen);
  }
  await repo.moveStatus(db, workspaceId, importId, ['running'], 'done', { finished_at: deps.now() });
  return 'done';
}
