// Undoing an import as a whole: the people it created removed, the fields it changed put back (unless
// edited since), then the companies and tags it created that nothing uses any more. Batches of changes,
// each undone and forgotten in one transaction, so an undo killed halfway resumes where it stopped.
import type { Deps } from '../../platform/context.ts';
import { removeUnreferencedCompanies } from '../companies/index.ts';
import { removeUnusedTags, undoImportedPeople, type ImportUndoResult, type PersonImportChange } from '../people/index.ts';
import * as repo from './repo.ts';

export const UNDO_BATCH = 2_000;

export async function undoImport(deps: Deps, workspaceId: string, importId: string, progress: (done: number) => Promise<void>): Promise<ImportUndoResult> {
  const db = deps.db.kysely;
  const total: ImportUndoResult = { removed: 0, hidden: 0, restored: 0, keptEdits: 0 };
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const imp = (await repo.lockImport(trx, workspaceId, importId))!;
      const sofar = { ...total, ...((imp.result?.undo as ImportUndoResult | undefined) ?? {}) };
      const batch = await repo.nextChanges(trx, workspaceId, importId, 'person', UNDO_BATCH);
      if (!batch.length) { Object.assign(total, sofar); return true; }
      const r = await undoImportedPeople(trx, workspaceId, {
        created: batch.filter((c) => c.change === 'created').map((c) => c.record_id),
        changes: batch.filter((c) => c.change === 'updated').map((c) => c.before as unknown as PersonImportChange),
        now: deps.now(),
      });
      await repo.deleteChanges(trx, workspaceId, importId, batch.map((c) => c.record_id));
      const undo = { removed: sofar.removed + r.removed, hidden: sofar.hidden + r.hidden, restored: sofar.restored + r.restored, keptEdits: sofar.keptEdits + r.keptEdits };
      await repo.updateImport(trx, workspaceId, importId, { result: { ...imp.result, undo } });
      Object.assign(total, undo);
      return false;
    });
    if (done) break;
    await progress(total.removed + total.hidden + total.restored);
  }
  await db.transaction().execute(async (trx) => {
    for (const type of ['company', 'tag'] as const) {
      for (let batch = await repo.nextChanges(trx, workspaceId, importId, type, UNDO_BATCH); batch.length; batch = await repo.nextChanges(trx, workspaceId, importId, type, UNDO_BATCH)) {
        const ids = batch.map((c) => c.record_id);
        await (type === 'company' ? removeUnreferencedCompanies(trx, workspaceId, ids) : removeUnusedTags(trx, workspaceId, ids));
        await repo.deleteChanges(trx, workspaceId, importId, ids);
      }
    }
    await repo.moveStatus(trx, workspaceId, importId, ['undoing'], 'undone', { finished_at: deps.now() });
  });
  return total;
}
