// HTTP for members, invitations and API keys of the current workspace.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { actorOf, requestMeta } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import {
  apiKeyCreateBody, apiKeyParams, apiKeySchema, invitationAcceptBody, invitationCreateBody, invitationParams,
  invitationPreviewSchema, invitationSchema, invitationTokenParams, memberParams, memberPatchBody, memberSchema, sessionSchema,
} from '../../../common/auth.ts';
import * as service from './access-service.ts';
import { SESSION_COOKIE, sessionCookieOptions } from './session.ts';

function who(req: FastifyRequest) {
  const caller = requireCaller(req);
  return { caller, actor: actorOf(caller, req) };
}

export function accessRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/members', { config: { access: 'viewer' }, schema: { tags: ['members'], summary: 'Members of this workspace', response: { 200: z.object({ items: z.array(memberSchema) }) } } },
      async (req) => ({ items: await service.listMembers(deps, requireCaller(req).workspaceId) }));

    r.patch('/api/members/:userId', { config: { access: 'admin' }, schema: { tags: ['members'], summary: "Change a member's role", params: memberParams, body: memberPatchBody, response: { 200: memberSchema } } },
      async (req) => {
        const { caller, actor } = who(req);
        return service.changeRole(deps, actor, caller.role, req.params.userId, req.body.role);
      });

    r.delete('/api/members/:userId', { config: { access: 'admin' }, schema: { tags: ['members'], summary: 'Remove a member from this workspace', params: memberParams } },
      async (req, reply) => {
        const { caller, actor } = who(req);
        await service.removeMember(deps, actor, caller.role, req.params.userId);
        return reply.status(204).send();
      });

    r.get('/api/invitations', { config: { access: 'admin' }, schema: { tags: ['members'], summary: 'Invitations, newest first', response: { 200: z.object({ items: z.array(invitationSchema) }) } } },
      async (req) => ({ items: await service.listInvitations(deps, requireCaller(req).workspaceId) }));

    r.post('/api/invitations', { config: { access: 'admin' }, schema: { tags: ['members'], summary: 'Invite someone by email; returns the link to send them', body: invitationCreateBody, response: { 201: z.object({ invitation: invitationSchema, url: z.string() }) } } },
      async (req, reply) => {
        const { caller, actor } = who(req);
        return reply.status(201).send(await service.createInvitation(deps, actor, caller.role, req.body.email, req.body.role, `${req.protocol}://${req.host}`));
      });

    r.delete('/api/invitations/:invitationId', { config: { access: 'admin' }, schema: { tags: ['members'], summary: 'Revoke an invitation', params: invitationParams } },
      async (req, reply) => {
        await service.revokeInvitation(deps, who(req).actor, req.params.invitationId);
        return reply.status(204).send();
      });

    r.get('/api/invitations/accept/:token', { config: { access: 'public' }, schema: { tags: ['members'], summary: 'What an invitation link is for', params: invitationTokenParams, response: { 200: invitationPreviewSchema } } },
      async (req) => service.previewInvitation(deps, req.params.token));

    r.post('/api/invitations/accept', { config: { access: 'public', rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' } }, schema: { tags: ['members'], summary: 'Accept an invitation and sign in', body: invitationAcceptBody, response: { 200: sessionSchema } } },
      async (req, reply) => {
        const { token, session } = await service.acceptInvitation(deps, req.body, requestMeta(req));
        reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps.config));
        return session;
      });

    r.get('/api/api-keys', { config: { access: 'admin' }, schema: { tags: ['api-keys'], summary: 'API keys of this workspace', response: { 200: z.object({ items: z.array(apiKeySchema) }) } } },
      async (req) => ({ items: await service.listApiKeys(deps, requireCaller(req).workspaceId) }));

    r.post('/api/api-keys', { config: { access: 'admin' }, schema: { tags: ['api-keys'], summary: 'Create an API key; the secret is shown only in this response', body: apiKeyCreateBody, response: { 201: z.object({ apiKey: apiKeySchema, secret: z.string() }) } } },
      async (req, reply) => {
        const { caller, actor } = who(req);
        return reply.status(201).send(await service.createApiKey(deps, actor, caller.role, req.body.name, req.body.role));
      });

    r.delete('/api/api-keys/:apiKeyId', { config: { access: 'admin' }, schema: { tags: ['api-keys'], summary: 'Revoke an API key at once', params: apiKeyParams } },
      async (req, reply) => {
        await service.revokeApiKey(deps, who(req).actor, req.params.apiKeyId);
        return reply.status(204).send();
      });
  };
}
