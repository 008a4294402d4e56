// The people domain: customer records (the customer-database issue builds it out).
export { insertPeopleBatch, type BulkPerson } from './bulk.ts';
export { peopleRoutes } from './routes.ts';
export { registerPersonReference, type PersonReference } from './references.ts';
export { duplicateRoutes } from './duplicate-routes.ts';
export { duplicateScanJob, scanDuplicates } from './duplicate-scan.ts';

import { registerCustomValueHolder } from '../fields/index.ts';
// People hold custom values in people.custom (see the fields domain).
registerCustomValueHolder({ entityType: 'person', table: 'people' });
