import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { jobParams, jobRunSchema } from '../../../common/jobs.ts';
import { getJobRun } from './service.ts';

export function jobRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get('/api/jobs/:jobRunId', {
      config: { access: 'viewer' },
      schema: { tags: ['jobs'], summary: 'Progress of a background job', params: jobParams, response: { 200: jobRunSchema } },
    }, async (req) => getJobRun(deps.db.kysely, requireCaller(req).workspaceId, req.params.jobRunId));
  };
}
