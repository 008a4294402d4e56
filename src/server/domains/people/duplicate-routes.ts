import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import type { Queue } from '../../platform/queue.ts';
import { dismissBody, duplicatePageSchema, duplicatesQuery, scanStartedSchema } from '../../../common/duplicates.ts';
import { dismissDuplicate, listDuplicatePairs, startDuplicateScan } from './duplicate-scan.ts';

export function duplicateRoutes(deps: Deps, queue: Pick<Queue, 'send'>) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['people'];

    r.post('/api/duplicates/scan', {
      config: { access: 'member' },
      schema: { tags, summary: 'Scan the whole workspace for likely duplicate people (background job; follow it at /api/jobs/:jobRunId)', response: { 202: scanStartedSchema } },
    }, async (req, reply) => {
      const caller = requireCaller(req);
      return reply.status(202).send({ jobRunId: await startDuplicateScan(deps, queue, caller.workspaceId, caller.userId ?? null) });
    });

    r.get('/api/duplicates', {
      config: { access: 'viewer' },
      schema: { tags, summary: 'Likely duplicate pairs from the last scan, most likely first, with what each pair shares', querystring: duplicatesQuery, response: { 200: duplicatePageSchema } },
    }, async (req) => listDuplicatePairs(deps.db.kysely, requireCaller(req).workspaceId, req.query.limit, req.query.cursor));

    r.post('/api/duplicates/dismiss', {
      config: { access: 'member' },
      schema: { tags, summary: 'Mark a pair as two different people: it leaves the list and later scans keep it out', body: dismissBody },
    }, async (req, reply) => { await dismissDuplicate(deps, requestActor(req), req.body.personAId, req.body.personBId); return reply.status(204).send(); });
  };
}
