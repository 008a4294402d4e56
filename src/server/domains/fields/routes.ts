import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import {
  fieldCreateBody, fieldListQuery, fieldParams, fieldPatchBody, fieldSchema, optionParams, optionPatchBody, optionsAddBody, optionsMergeBody, optionsReorderBody,
} from '../../../common/fields.ts';
import * as service from './service.ts';

export function fieldRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['fields'];
    r.get('/api/fields', { config: { access: 'viewer' }, schema: { tags, summary: 'Custom fields with their options', querystring: fieldListQuery, response: { 200: z.object({ items: z.array(fieldSchema) }) } } },
      async (req) => ({ items: await service.listFields(deps.db.kysely, requireCaller(req).workspaceId, req.query.entityType) }));
    r.post('/api/fields', { config: { access: 'admin' }, schema: { tags, summary: 'Define a custom field', body: fieldCreateBody, response: { 201: fieldSchema } } },
      async (req, reply) => reply.status(201).send(await service.createField(deps, requestActor(req), req.body)));
    r.patch('/api/fields/:fieldId', { config: { access: 'admin' }, schema: { tags, summary: 'Rename, reorder or make required', params: fieldParams, body: fieldPatchBody, response: { 200: fieldSchema } } },
      async (req) => service.updateField(deps, requestActor(req), req.params.fieldId, req.body));
    r.delete('/api/fields/:fieldId', { config: { access: 'admin' }, schema: { tags, summary: 'Archive a field (values are kept)', params: fieldParams } },
      async (req, reply) => { await service.archiveField(deps, requestActor(req), req.params.fieldId); return reply.status(204).send(); });
    r.post('/api/fields/:fieldId/options', { config: { access: 'admin' }, schema: { tags, summary: 'Add choice options', params: fieldParams, body: optionsAddBody, response: { 201: fieldSchema } } },
      async (req, reply) => reply.status(201).send(await service.addOptions(deps, requestActor(req), req.params.fieldId, req.body.options)));
    r.patch('/api/fields/:fieldId/options/:optionId', { config: { access: 'admin' }, schema: { tags, summary: 'Rename or recolour an option (records follow)', params: optionParams, body: optionPatchBody, response: { 200: fieldSchema } } },
      async (req) => service.updateOption(deps, requestActor(req), req.params.fieldId, req.params.optionId, req.body));
    r.post('/api/fields/:fieldId/options/reorder', { config: { access: 'admin' }, schema: { tags, summary: 'Put all options in this order', params: fieldParams, body: optionsReorderBody, response: { 200: fieldSchema } } },
      async (req) => service.reorderOptions(deps, requestActor(req), req.params.fieldId, req.body.optionIds));
    r.post('/api/fields/:fieldId/options/merge', { config: { access: 'admin' }, schema: { tags, summary: 'Merge options into one; records follow', params: fieldParams, body: optionsMergeBody, response: { 200: z.object({ field: fieldSchema, recordsChanged: z.number() }) } } },
      async (req) => service.mergeOptions(deps, requestActor(req), req.params.fieldId, req.body.fromOptionIds, req.body.intoOptionId));
  };
}
