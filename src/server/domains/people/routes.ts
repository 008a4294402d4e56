import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { pageQuery } from '../../../common/paging.ts';
import { peoplePageSchema } from '../../../common/people.ts';
import { listPeople } from './service.ts';

export function peopleRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get('/api/people', {
      config: { access: 'viewer' },
      schema: { tags: ['people'], summary: 'People, newest first', querystring: pageQuery, response: { 200: peoplePageSchema } },
    }, async (req) => listPeople(deps.db.kysely, requireCaller(req).workspaceId, req.query.limit, req.query.cursor));
  };
}
