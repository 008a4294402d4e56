// The audit domain: every change of consequence is recorded with its actor; admins read the log.
export { record, type AuditEntry } from './service.ts';
export { auditRoutes } from './routes.ts';
