// The purchases domain: the product catalogue, orders and their lines, and the ingestion API for
// registers and shops.
export { purchaseRoutes } from './routes.ts';
export { ingestOrders } from './ingest.ts';
export { purchaseEntries } from './service.ts';

import { registerFigureSource } from '../figures/index.ts';
import { registerPersonReference } from '../people/index.ts';
import { purchaseFigures } from './service.ts';
registerPersonReference({ table: 'orders', personColumn: 'person_id', key: ['order_id'] });
registerFigureSource(purchaseFigures);
