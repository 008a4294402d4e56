// The people domain: customer records (the customer-database issue builds it out).
export { insertPeopleBatch, type BulkPerson } from './bulk.ts';
export { peopleRoutes } from './routes.ts';
export { registerPersonReference, type PersonReference } from './references.ts';
