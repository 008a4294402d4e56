// HTTP for setup, sign-in and the signed-in user's account and workspaces.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { actorOf, requestMeta } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { AppError } from '../../platform/errors.ts';
import { createWorkspaceBody, loginBody, meBody, passwordBody, sessionSchema, setupBody, switchWorkspaceBody, type Session } from '../../../common/auth.ts';
import * as service from './service.ts';
import { endSession, sessionCookieOptions, sessionOf, SESSION_COOKIE } from './session.ts';

const setupResponse = z.object({ session: sessionSchema, jobRunId: z.string().nullable() });

export interface AuthRouteHooks {
  /** Called after setup asked for demo data; returns the job run to follow. */
  startDemo: (workspaceId: string, userId: string) => Promise<string>;
}

function sessionUser(req: FastifyRequest) {
  const caller = requireCaller(req);
  if (caller.kind !== 'session' || !caller.userId || !caller.sessionHash || !caller.csrfToken) throw new AppError(403, 'session_required');
  return { caller, userId: caller.userId, sessionHash: caller.sessionHash, csrfToken: caller.csrfToken, actor: { ...actorOf(caller, req), userId: caller.userId } };
}

export function authRoutes(deps: Deps, hooks: AuthRouteHooks) {
  const setCookie = (reply: FastifyReply, token: string) => reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps.config));
  // Per client address, on top of the per-account throttle.
  const loginLimit = { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' };

  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['auth'];

    r.get('/api/setup', { config: { access: 'public' }, schema: { tags, summary: 'Whether first-run setup is still needed' } },
      async () => ({ needed: await service.setupNeeded(deps) }));

    r.post('/api/setup', {
      config: { access: 'public', rateLimit: loginLimit },
      schema: { tags, summary: 'First run: create the first workspace and its owner', body: setupBody, response: { 201: setupResponse } },
    }, async (req, reply) => {
      const { token, session, workspaceId } = await service.setup(deps, req.body, requestMeta(req));
      const jobRunId = req.body.loadDemo ? await hooks.startDemo(workspaceId, session.user.userId) : null;
      setCookie(reply, token);
      return reply.status(201).send({ session, jobRunId });
    });

    r.post('/api/auth/login', {
      config: { access: 'public', rateLimit: loginLimit },
      schema: { tags, summary: 'Sign in with email and password', body: loginBody, response: { 200: sessionSchema } },
    }, async (req, reply) => {
      const { token, session } = await service.login(deps, req.body, requestMeta(req));
      setCookie(reply, token);
      return session;
    });

    r.post('/api/auth/logout', { config: { access: 'user' }, schema: { tags, summary: 'Sign out' } }, async (req, reply) => {
      const { sessionHash } = sessionUser(req);
      await endSession(deps, sessionHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    r.get('/api/auth/session', { config: { access: 'user' }, schema: { tags, summary: 'The signed-in user, workspace and role', response: { 200: sessionSchema } } },
      async (req): Promise<Session> => {
        const s = sessionUser(req);
        return sessionOf(deps.db.kysely, s.userId, s.caller.workspaceId, s.csrfToken);
      });

    r.post('/api/auth/password', { config: { access: 'user' }, schema: { tags, summary: 'Change password (signs out other sessions)', body: passwordBody } },
      async (req, reply) => {
        const s = sessionUser(req);
        await service.changePassword(deps, s.actor, s.sessionHash, req.body);
        return reply.status(204).send();
      });

    r.patch('/api/auth/me', { config: { access: 'user' }, schema: { tags, summary: 'Update display name or language', body: meBody, response: { 200: sessionSchema } } },
      async (req) => {
        const s = sessionUser(req);
        return service.updateMe(deps, s.actor, s.csrfToken, req.body);
      });

    r.post('/api/auth/switch-workspace', { config: { access: 'user' }, schema: { tags, summary: 'Move this session to another workspace', body: switchWorkspaceBody, response: { 200: sessionSchema } } },
      async (req) => {
        const s = sessionUser(req);
        return service.switchWorkspace(deps, s.userId, s.sessionHash, s.csrfToken, req.body.workspaceId);
      });

    r.post('/api/workspaces', { config: { access: 'user' }, schema: { tags: ['workspaces'], summary: 'Create a workspace you own and switch to it', body: createWorkspaceBody, response: { 201: sessionSchema } } },
      async (req, reply) => {
        const s = sessionUser(req);
        return reply.status(201).send(await service.createOwnWorkspace(deps, s.actor, s.sessionHash, s.csrfToken, req.body.name));
      });
  };
}
