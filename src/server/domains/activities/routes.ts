import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { personParams } from '../../../common/people.ts';
import {
  activityCreateBody, activityParams, activitySchema, timelinePageSchema, timelineQuery, touchpointCreateBody, touchpointParams,
  touchpointPatchBody, touchpointSchema, touchpointsSchema,
} from '../../../common/history.ts';
import * as service from './service.ts';
import { timeline } from './timeline.ts';

export function activityRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['activities'];
    r.post('/api/people/:personId/activities', { config: { access: 'member' }, schema: { tags, summary: 'Log a call, visit, email, event, inquiry, survey answer, DM or note', params: personParams, body: activityCreateBody, response: { 201: activitySchema } } },
      async (req, reply) => reply.status(201).send(await service.logActivity(deps, requestActor(req), req.params.personId, req.body)));
    r.delete('/api/activities/:activityId', { config: { access: 'member' }, schema: { tags, summary: 'Delete an activity logged by mistake', params: activityParams } },
      async (req, reply) => { await service.deleteActivity(deps, requestActor(req), req.params.activityId); return reply.status(204).send(); });
    r.get('/api/people/:personId/timeline', { config: { access: 'viewer' }, schema: { tags, summary: "Everything that happened with a person, newest first: activities, purchases, contracts, notes, stage changes", params: personParams, querystring: timelineQuery, response: { 200: timelinePageSchema } } },
      async (req) => timeline(deps, requireCaller(req).workspaceId, req.params.personId, req.query));
    r.get('/api/touchpoints', { config: { access: 'viewer' }, schema: { tags, summary: 'Touchpoint categories (shop, event, web, phone …), in order', response: { 200: touchpointsSchema } } },
      async (req) => service.listTouchpoints(deps.db.kysely, requireCaller(req).workspaceId));
    r.post('/api/touchpoints', { config: { access: 'admin' }, schema: { tags, summary: 'Add a touchpoint category', body: touchpointCreateBody, response: { 201: touchpointSchema } } },
      async (req, reply) => reply.status(201).send(await service.createTouchpoint(deps, requestActor(req), req.body)));
    r.patch('/api/touchpoints/:touchpointId', { config: { access: 'admin' }, schema: { tags, summary: 'Rename, reorder or archive a touchpoint category', params: touchpointParams, body: touchpointPatchBody, response: { 200: touchpointSchema } } },
      async (req) => service.updateTouchpoint(deps, requestActor(req), req.params.touchpointId, req.body));
  };
}
