// The demo domain: realistic Japanese customers for a first look, from the setup page or `npm run demo`.
export { demoJob, loadDemo, startDemo, companyCount, DEFAULT_DEMO_PEOPLE, DEMO_JOB, type DemoParams } from './service.ts';
export { demoRoutes } from './routes.ts';
