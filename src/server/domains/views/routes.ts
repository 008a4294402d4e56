import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { viewCreateBody, viewListQuery, viewParams, viewPatchBody, viewSchema, viewsSchema } from '../../../common/views.ts';
import * as service from './service.ts';

export function viewRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['views'];
    r.get('/api/views', { config: { access: 'viewer' }, schema: { tags, summary: 'Saved list views of this workspace, by name', querystring: viewListQuery, response: { 200: viewsSchema } } },
      async (req) => service.listViews(deps.db.kysely, requireCaller(req).workspaceId, req.query.entityType));
    r.post('/api/views', { config: { access: 'member' }, schema: { tags, summary: 'Save a list view (search, filter, sort, columns)', body: viewCreateBody, response: { 201: viewSchema } } },
      async (req, reply) => reply.status(201).send(await service.createView(deps, requestActor(req), req.body)));
    r.patch('/api/views/:viewId', { config: { access: 'member' }, schema: { tags, summary: 'Rename a view or change what it shows', params: viewParams, body: viewPatchBody, response: { 200: viewSchema } } },
      async (req) => service.updateView(deps, requestActor(req), req.params.viewId, req.body));
    r.delete('/api/views/:viewId', { config: { access: 'member' }, schema: { tags, summary: 'Delete a saved view', params: viewParams } },
      async (req, reply) => { await service.deleteView(deps, requestActor(req), req.params.viewId); return reply.status(204).send(); });
  };
}
