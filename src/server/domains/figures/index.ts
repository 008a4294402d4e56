// The figures domain: per-person customer figures (purchases, spend, LTV, RFM, last contact per kind)
// and the lifecycle rules that use them.
export { figureRoutes } from './routes.ts';
export { nightlyFiguresJob, rfmJob } from './jobs.ts';
export {
  addPurchases, noteActivities, recomputeFigures, registerFigureSource, setContractRevenue,
  type FigureSource, type PurchaseDelta,
} from './service.ts';

import { registerMergeFollowUp, registerPersonReference } from '../people/index.ts';
import { recomputeFigures } from './service.ts';
// One row per person: on a merge the merged person's row is kept for undo, and both are recomputed
// from the rows the merge moved.
registerPersonReference({ table: 'person_figures', personColumn: 'person_id', key: ['person_id'], uniqueWith: [] });
registerMergeFollowUp(recomputeFigures);
