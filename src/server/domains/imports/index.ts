// Imports (issue #5): files in, records out. Other domains use nothing here yet.
export { importRoutes } from './routes.ts';
export { importCheckJob, importRunJob, importUndoJob } from './jobs.ts';
