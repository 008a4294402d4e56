// Nightly: contracts' revenue to date (part of LTV) moves with the calendar.
import type { Deps } from '../../platform/context.ts';
import type { JobDefinition } from '../../platform/queue.ts';
import { refreshAllRevenue } from './service.ts';

export function contractRevenueJob(deps: Deps): JobDefinition {
  return { name: 'contracts.revenue', cron: '10 3 * * *', tz: 'Asia/Tokyo', handler: () => refreshAllRevenue(deps) };
}
