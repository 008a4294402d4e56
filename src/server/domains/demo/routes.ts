import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../../platform/auth-guard.ts';
import { DEFAULT_DEMO_PEOPLE } from './service.ts';

const demoBody = z.strictObject({ people: z.number().int().min(1).max(1_000_000).default(DEFAULT_DEMO_PEOPLE) });

export function demoRoutes(start: (workspaceId: string, userId: string | null, people: number) => Promise<string>) {
  return (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().post('/api/demo', {
      config: { access: 'owner' },
      schema: { tags: ['demo'], summary: 'Load Japanese demo customers into this workspace (background job)', body: demoBody, response: { 202: z.object({ jobRunId: z.string() }) } },
    }, async (req, reply) => {
      const caller = requireCaller(req);
      return reply.status(202).send({ jobRunId: await start(caller.workspaceId, caller.userId ?? null, req.body.people) });
    });
  };
}
