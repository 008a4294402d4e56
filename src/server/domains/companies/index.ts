// The companies domain (grows with the customer-database issue); today it stores what demo data brings.
export { insertCompanies, type CompanyInsert } from './repo.ts';
