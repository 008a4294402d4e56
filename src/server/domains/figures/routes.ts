import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import type { Queue } from '../../platform/queue.ts';
import { startJob } from '../jobs/index.ts';
import { personParams } from '../../../common/people.ts';
import { figuresSchema, lifecycleRulesBody, lifecycleRulesSchema } from '../../../common/history.ts';
import { RFM_JOB } from './jobs.ts';
import * as service from './service.ts';

export function figureRoutes(deps: Deps, queue: Pick<Queue, 'send'>) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['figures'];
    r.get('/api/people/:personId/figures', { config: { access: 'viewer' }, schema: { tags, summary: "A person's customer figures: purchases, spend, LTV, RFM, last contact per kind", params: personParams, response: { 200: figuresSchema } } },
      async (req) => service.getFigures(deps, requireCaller(req).workspaceId, req.params.personId));
    r.get('/api/settings/lifecycle-rules', { config: { access: 'viewer' }, schema: { tags, summary: 'Lifecycle rules: days without a purchase before a customer counts as lapsed', response: { 200: lifecycleRulesSchema } } },
      async (req) => service.getLifecycleRules(deps.db.kysely, requireCaller(req).workspaceId));
    r.put('/api/settings/lifecycle-rules', { config: { access: 'admin' }, schema: { tags, summary: 'Change the lifecycle rules', body: lifecycleRulesBody, response: { 200: lifecycleRulesSchema } } },
      async (req) => service.setLifecycleRules(deps, requestActor(req), req.body));
    r.post('/api/figures/rfm', {
      config: { access: 'admin' },
      schema: { tags, summary: 'Score RFM now and apply the lapse rule (background job; nightly otherwise; follow it at /api/jobs/:jobRunId)', response: { 202: z.object({ jobRunId: z.string() }) } },
    }, async (req, reply) => {
      const caller = requireCaller(req);
      return reply.status(202).send({ jobRunId: await startJob(deps, queue, RFM_JOB, caller.workspaceId, {}, { createdBy: caller.userId ?? null }) });
    });
  };
}
