// Database housekeeping the embedded database does not do by itself. PGlite runs no autovacuum, so
// planner statistics would stay those of an empty database while a shop's customers grow one by one; an
// hourly ANALYZE keeps plans (and the cached foreign-key checks) right. A PostgreSQL server has autovacuum.
import type { Deps } from './context.ts';
import { refreshStatistics } from './db/index.ts';
import type { JobDefinition } from './queue.ts';

export function refreshStatisticsJob(deps: Deps): JobDefinition | null {
  if (deps.db.backend !== 'pglite') return null;
  return {
    name: 'maintenance.analyze',
    cron: '41 * * * *',
    handler: async () => { await refreshStatistics(deps.db.kysely); return { analyzed: true }; },
  };
}
