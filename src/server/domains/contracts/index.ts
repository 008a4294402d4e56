// The contracts domain: contracts and subscriptions, renewals due, and what they earn toward LTV.
export { contractRoutes } from './routes.ts';
export { contractRevenueJob } from './jobs.ts';
export { contractEntries } from './service.ts';

import { registerFigureSource } from '../figures/index.ts';
import { registerPersonReference } from '../people/index.ts';
import { contractFigures } from './service.ts';
registerPersonReference({ table: 'contracts', personColumn: 'person_id', key: ['contract_id'] });
registerFigureSource(contractFigures);
