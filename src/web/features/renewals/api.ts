import type { z } from 'zod';
import { useCursorPages } from '../../app/queries.ts';
import type { contractsPageSchema } from '../../../common/history.ts';

export type { Contract } from '../../../common/history.ts';
type ContractsPage = z.infer<typeof contractsPageSchema>;

const PAGE_SIZE = 50;

/** Active contracts renewing on or before `until` (YYYY-MM-DD), soonest first. */
export function useRenewals(until: string) {
  return useCursorPages<ContractsPage>(['contracts', 'renewals', until], '/api/contracts/renewals', PAGE_SIZE, { until });
}
