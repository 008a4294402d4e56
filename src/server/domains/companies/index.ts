// The companies domain: organisations (BtoB) and the people who belong to them.
export { insertCompanies, type CompanyInsert } from './repo.ts';
export { companyRoutes } from './routes.ts';
export { companyKeys } from './rules.ts';
export { ensureCompaniesByName, removeUnreferencedCompanies } from './service.ts';

import { registerCustomValueHolder } from '../fields/index.ts';
// Companies hold custom values in companies.custom (see the fields domain).
registerCustomValueHolder({ entityType: 'company', table: 'companies' });
