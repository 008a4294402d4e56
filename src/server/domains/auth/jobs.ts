// Housekeeping: expired sessions are refused at once, and their rows swept hourly.
import type { Deps } from '../../platform/context.ts';
import type { JobDefinition } from '../../platform/queue.ts';
import * as repo from './repo.ts';

export function sweepSessionsJob(deps: Deps): JobDefinition {
  return {
    name: 'auth.sweep_sessions',
    cron: '17 * * * *',
    handler: async () => ({ deleted: await repo.deleteExpiredSessions(deps.db.kysely, deps.now()) }),
  };
}
