// The people domain: customer records (the customer-database issue builds it out).
export { insertPeople, type PersonInsert } from './service.ts';
export { peopleRoutes } from './routes.ts';
