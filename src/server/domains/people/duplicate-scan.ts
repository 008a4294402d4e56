// The duplicates page's service: a workspace-wide scan for likely duplicate people (a background job,
// rule by rule so that the page can show progress), the pairs it found, and dismissing a pair.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { Queue } from '../../platform/queue.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { pageOf } from '../../lib/paging.ts';
import { isoTime } from '../../lib/time.ts';
import { displayName } from '../../lib/japanese/index.ts';
import { startJob, type TrackedJob } from '../jobs/index.ts';
import type { DuplicatePage, DuplicatePerson, DuplicateReason } from '../../../common/duplicates.ts';
import {
  decodePairCursor, DUPLICATE_REASONS, encodePairCursor, MAX_GROUP, orderedPair, reasonBit, scoresByMask,
} from './duplicate-rules.ts';
import * as repo from './duplicate-repo.ts';

export const DUPLICATE_SCAN_JOB = 'duplicates.scan';

export interface ScanOptions {
  /** Names the staged rows; a retried job passes its run id so that it clears what its last attempt left. */
  scanId?: string;
  now?: Date;
  /** Called after each step (one per rule, then the save) with the steps done and their number. */
  onStep?: (done: number, steps: number) => Promise<void>;
}

/**
 * Finds the likely duplicate pairs among the workspace's live people and replaces the open pairs with
 * them (dismissed pairs stay dismissed). Groups sharing a key among more than MAX_GROUP people are
 * skipped and counted.
 */
export async function scanDuplicates(db: Executor, workspaceId: string, opts: ScanOptions = {}): Promise<{ pairs: number; skippedGroups: number }> {
  const scanId = opts.scanId ?? uuidv7();
  const steps = DUPLICATE_REASONS.length + 1;
  await repo.clearStaged(db, workspaceId, scanId);
  try {
    let skippedGroups = 0;
    for (const [i, reason] of DUPLICATE_REASONS.entries()) {
      skippedGroups += await repo.stageRulePairs(db, workspaceId, scanId, reason, reasonBit(reason), MAX_GROUP);
      await opts.onStep?.(i + 1, steps);
    }
    // Only the swap is one transaction: the list never shows a half-done scan, and the rules above leave
    // the embedded database's one session free for other requests between them.
    const pairs = await db.transaction().execute((trx) =>
      repo.replacePairs(trx, workspaceId, scanId, DUPLICATE_REASONS, scoresByMask(), opts.now ?? new Date()));
    await opts.onStep?.(steps, steps);
    return { pairs, skippedGroups };
  } finally {
    await repo.clearStaged(db, workspaceId, scanId);
  }
}

export function duplicateScanJob(): TrackedJob<Record<string, never>> {
  return {
    kind: DUPLICATE_SCAN_JOB,
    run: async (deps, ctx) => {
      // Progress in people, as the page counts everything else: each step checks every person once more.
      const people = await repo.countLivePeople(deps.db.kysely, ctx.workspaceId);
      const result = await scanDuplicates(deps.db.kysely, ctx.workspaceId, {
        scanId: ctx.jobRunId,
        now: deps.now(),
        onStep: async (done, steps) => {
          if (ctx.signal.aborted && done < steps) throw new Error('Stopped for shutdown; the scan starts again');
          await ctx.progress(Math.round((people * done) / steps), people);
        },
      });
      deps.log.info({ workspaceId: ctx.workspaceId, ...result }, 'duplicate scan finished');
    },
  };
}

export async function startDuplicateScan(deps: Deps, queue: Pick<Queue, 'send'>, workspaceId: string, userId: string | null): Promise<string> {
  return startJob(deps, queue, DUPLICATE_SCAN_JOB, workspaceId, {}, { createdBy: userId });
}

export async function listDuplicatePairs(db: Executor, workspaceId: string, limit: number, cursor: string | undefined): Promise<DuplicatePage> {
  const after = cursor === undefined ? null : decodePairCursor(cursor);
  if (cursor !== undefined && !after) throw badRequest('invalid_cursor', 'querystring.cursor');
  const rows = await repo.listPairs(db, workspaceId, limit + 1, after);
  const { page, nextCursor } = pageOf(rows, limit, (r) => encodePairCursor({ score: r.score, personAId: r.person_a_id, personBId: r.person_b_id }));
  const ids = [...new Set(page.flatMap((r) => [r.person_a_id, r.person_b_id]))];
  const contacts = await repo.contactsOf(db, workspaceId, ids);
  return {
    items: page.map((r) => ({
      personA: personOf(r, 'a', contacts),
      personB: personOf(r, 'b', contacts),
      score: r.score,
      reasons: r.reasons as DuplicateReason[],
      foundAt: isoTime(r.found_at),
    })),
    nextCursor,
  };
}

function personOf(r: repo.PairRow, side: 'a' | 'b', contacts: Awaited<ReturnType<typeof repo.contactsOf>>): DuplicatePerson {
  const id = side === 'a' ? r.person_a_id : r.person_b_id;
  return {
    personId: id,
    displayName: displayName({ familyName: r[`${side}_family_name` as const], givenName: r[`${side}_given_name` as const] }),
    kana: displayName({ familyName: r[`${side}_family_name_kana` as const], givenName: r[`${side}_given_name_kana` as const] }),
    emails: contacts.emails.filter((e) => e.person_id === id).map((e) => e.email),
    phones: contacts.phones.filter((f) => f.person_id === id).map((f) => f.display),
    birthday: r[`${side}_birthday` as const], postalCode: r[`${side}_postal_code` as const], companyName: r[`${side}_company_name` as const],
  };
}

/** "Not the same person": the pair leaves the list and a rescan does not bring it back. */
export async function dismissDuplicate(deps: Deps, actor: Actor, x: string, y: string): Promise<void> {
  const [a, b] = orderedPair(x, y);
  if (!await repo.dismissPair(deps.db.kysely, actor.workspaceId, a, b, actor.userId, deps.now())) throw notFound('record');
}
