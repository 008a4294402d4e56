import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { personParams } from '../../../common/people.ts';
import { contractCreateBody, contractParams, contractPatchBody, contractSchema, contractsPageSchema, renewalsQuery } from '../../../common/history.ts';
import * as service from './service.ts';

export function contractRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['contracts'];
    r.get('/api/people/:personId/contracts', { config: { access: 'viewer' }, schema: { tags, summary: "A person's contracts and subscriptions, newest first", params: personParams, response: { 200: contractsPageSchema } } },
      async (req) => service.listContracts(deps.db.kysely, requireCaller(req).workspaceId, req.params.personId));
    r.post('/api/people/:personId/contracts', { config: { access: 'member' }, schema: { tags, summary: 'Add a contract or subscription', params: personParams, body: contractCreateBody, response: { 201: contractSchema } } },
      async (req, reply) => reply.status(201).send(await service.createContract(deps, requestActor(req), req.params.personId, req.body)));
    r.get('/api/contracts/:contractId', { config: { access: 'viewer' }, schema: { tags, summary: 'One contract', params: contractParams, response: { 200: contractSchema } } },
      async (req) => service.getContract(deps.db.kysely, requireCaller(req).workspaceId, req.params.contractId));
    r.patch('/api/contracts/:contractId', { config: { access: 'member' }, schema: { tags, summary: 'Change, renew or cancel a contract (version-checked)', params: contractParams, body: contractPatchBody, response: { 200: contractSchema } } },
      async (req) => service.updateContract(deps, requestActor(req), req.params.contractId, req.body));
    r.get('/api/contracts/renewals', { config: { access: 'viewer' }, schema: { tags, summary: 'Active contracts renewing on or before a day (default: 30 days ahead), soonest first', querystring: renewalsQuery, response: { 200: contractsPageSchema } } },
      async (req) => service.listRenewals(deps, requireCaller(req).workspaceId, req.query));
  };
}
