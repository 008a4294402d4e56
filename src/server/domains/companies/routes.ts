import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { companyKey } from '../../lib/japanese/index.ts';
import {
  companyCreateBody, companyDuplicatesSchema, companyListQuery, companyPageSchema, companyParams, companyPatchBody, companySchema,
} from '../../../common/companies.ts';
import * as service from './service.ts';

const duplicatesBody = z.strictObject({ company: companyCreateBody.partial(), excludeCompanyId: z.uuid().nullable().optional() });

export function companyRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['companies'];
    r.get('/api/companies', { config: { access: 'viewer' }, schema: { tags, summary: 'Companies, newest first; q searches name (with or without 株式会社 etc.), furigana, 法人番号, phone', querystring: companyListQuery, response: { 200: companyPageSchema } } },
      async (req) => service.listCompanies(deps.db.kysely, requireCaller(req).workspaceId, req.query.limit, req.query.cursor, req.query.q ? companyKey(req.query.q) : undefined));
    r.post('/api/companies', { config: { access: 'member' }, schema: { tags, summary: 'Create a company', body: companyCreateBody, response: { 201: companySchema } } },
      async (req, reply) => reply.status(201).send(await service.createCompany(deps, requestActor(req), req.body)));
    r.get('/api/companies/:companyId', { config: { access: 'viewer' }, schema: { tags, summary: 'One company with its people', params: companyParams, response: { 200: companySchema } } },
      async (req) => service.getCompany(deps.db.kysely, requireCaller(req).workspaceId, req.params.companyId));
    r.patch('/api/companies/:companyId', { config: { access: 'member' }, schema: { tags, summary: 'Edit a company; `version` must be the one you read', params: companyParams, body: companyPatchBody, response: { 200: companySchema } } },
      async (req) => service.updateCompany(deps, requestActor(req), req.params.companyId, req.body));
    r.delete('/api/companies/:companyId', { config: { access: 'member' }, schema: { tags, summary: 'Delete a company (undo with restore)', params: companyParams } },
      async (req, reply) => { await service.deleteCompany(deps, requestActor(req), req.params.companyId, true); return reply.status(204).send(); });
    r.post('/api/companies/:companyId/restore', { config: { access: 'member' }, schema: { tags, summary: 'Undo the deletion of a company', params: companyParams } },
      async (req, reply) => { await service.deleteCompany(deps, requestActor(req), req.params.companyId, false); return reply.status(204).send(); });
    r.post('/api/companies/duplicates', { config: { access: 'member' }, schema: { tags, summary: 'Likely duplicates of a company being entered', body: duplicatesBody, response: { 200: companyDuplicatesSchema } } },
      async (req) => ({ items: await service.companyDuplicates(deps.db.kysely, requireCaller(req).workspaceId, req.body.company, req.body.excludeCompanyId ?? null) }));
  };
}
