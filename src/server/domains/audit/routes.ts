import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pageQuery } from '../../../common/paging.ts';
import { auditPageSchema } from '../../../common/audit.ts';
import type { Deps } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import * as service from './service.ts';

export function auditRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/audit', {
      config: { access: 'admin' },
      schema: { tags: ['audit'], summary: 'Audit log, newest first', querystring: pageQuery, response: { 200: auditPageSchema } },
    }, async (req) => {
      const caller = requireCaller(req);
      return service.list(deps.db.kysely, caller.workspaceId, req.query.limit, req.query.cursor);
    });
  };
}
