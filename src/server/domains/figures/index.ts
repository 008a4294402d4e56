// The figures domain: per-person customer figures (purchases, spend, LTV, RFM, last contact per kind)
// and the lifecycle rules that use them.
export { figureRoutes } from './routes.ts';
export { nightlyFiguresJob, rfmJob } from './jobs.ts';
export {
  addPurchases, noteActivities, recomputeFigures, registerFigureSource, setContractRevenue,
  type FigureSource, type PurchaseDelta,
} from './service.ts';

import { registerFilterField, registerMergeFollowUp, registerPersonReference } from '../people/index.ts';
import { FIGURE_COLUMNS, figureCondition } from './repo.ts';
import { recomputeFigures } from './service.ts';
// One row per person: on a merge the merged person's row is kept for undo, and both are recomputed
// from the rows the merge moved.
registerPersonReference({ table: 'person_figures', personColumn: 'person_id', key: ['person_id'], uniqueWith: [] });
registerMergeFollowUp(recomputeFigures);
// Lists (and segments) filter people by their figures: purchase count and spend, first and last purchase, RFM.
for (const name of Object.keys(FIGURE_COLUMNS) as (keyof typeof FIGURE_COLUMNS)[]) {
  registerFilterField(name, { kind: name.endsWith('At') ? 'timestamp' : 'number', condition: (op, value) => figureCondition(name, op, value) });
}
