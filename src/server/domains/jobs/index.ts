// The jobs domain: progress of background work (imports, sends, demo loads) that pages follow.
export { startJob, defineJob, getJobRun, type RunContext, type TrackedJob, type JobPayload } from './service.ts';
export { jobRoutes } from './routes.ts';
