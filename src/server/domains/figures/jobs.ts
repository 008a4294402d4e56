// The nightly figures run (RFM scores and the lapse rule, every workspace) and the on-demand RFM run
// an admin starts from the settings page.
import type { Deps } from '../../platform/context.ts';
import type { JobDefinition } from '../../platform/queue.ts';
import type { TrackedJob } from '../jobs/index.ts';
import { lapseInactive, nightly, scoreRfm } from './service.ts';

export const RFM_JOB = 'figures.rfm';

export function nightlyFiguresJob(deps: Deps): JobDefinition {
  // 03:20 in Japan: after the day's registers have sent their last orders.
  return { name: 'figures.nightly', cron: '20 3 * * *', tz: 'Asia/Tokyo', handler: () => nightly(deps) };
}

export function rfmJob(): TrackedJob<Record<string, never>> {
  return {
    kind: RFM_JOB,
    run: async (deps, ctx) => {
      const { scored, lapsed } = await deps.db.kysely.transaction().execute(async (trx) => ({
        scored: await scoreRfm(trx, ctx.workspaceId, deps.now()),
        lapsed: await lapseInactive(trx, ctx.workspaceId, deps.now()),
      }));
      // Progress after the transaction: it writes through another connection, which on PGlite (one
      // session) would wait for the transaction forever.
      await ctx.progress(scored, scored);
      deps.log.info({ workspaceId: ctx.workspaceId, scored, lapsed }, 'RFM scored');
    },
  };
}
