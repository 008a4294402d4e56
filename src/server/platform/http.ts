// The HTTP server: plugins, hooks and error handling in one place; domains add their routes.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { enforceAccess, type Access } from './auth-guard.ts';
import { errorHandler, notFoundHandler } from './errors.ts';
import type { Config } from './config.ts';

export interface RouteEntry { method: string; url: string; access: Access }

declare module 'fastify' {
  interface FastifyInstance { routeTable: RouteEntry[] }
}

export interface HttpOptions {
  config: Config;
  logger: Logger;
  /** Fills request.auth and request.user from the session cookie or API key. */
  authenticate: (req: FastifyRequest) => Promise<void>;
  /** Whether the database answers, for /readyz. */
  ready: () => Promise<boolean>;
  routes: ((app: FastifyInstance) => Promise<void> | void)[];
}

export async function buildHttp(opts: HttpOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = Fastify({
    loggerInstance: opts.logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false } },
    // Invitation links carry a 110-character token in the path.
    routerOptions: { maxParamLength: 300 },
    // Errors raised before routing (a malformed URL) get the same problem+json as the rest.
    frameworkErrors: (err, req, reply) => errorHandler(err, req, reply),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.decorateRequest('auth', undefined);
  app.decorateRequest('user', undefined);

  // Every route must say who may call it; a route without it is a bug caught at start-up. The table
  // lets the role-matrix test cover every route there is.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    // The API reference (registered by the swagger-ui plugin) is public documentation.
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), access: 'public' };
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access (config.access)`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url, access });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes style attributes and <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    hsts: config.cookieSecure,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Daifuku API', version: '1', description: 'Daifuku (大福帳) REST API. Authenticate with `Authorization: Bearer <API key>`.' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'daifuku_session' } } },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/api/')) await opts.authenticate(req);
  });
  app.addHook('preHandler', enforceAccess);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    const ok = await opts.ready().catch(() => false);
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable' });
  });

  for (const register of opts.routes) await app.register(async (scope) => { await register(scope); });

  await registerWebApp(app, config.webDist);
  return app;
}

/** Serves the built single-page app; any non-API GET falls back to index.html. */
async function registerWebApp(app: FastifyInstance, webDist: string) {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return;
  // serve: false — routes below decide what is served and how long it may be cached; the plugin only
  // provides reply.sendFile.
  await app.register(fastifyStatic, { root: webDist, serve: false, cacheControl: false });
  const html = fs.readFileSync(index);
  const sendIndex = (_req: FastifyRequest, reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, sendIndex);
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const rel = decodeURIComponent((req.params as { '*': string })['*']);
    if (rel.startsWith('api/')) return notFoundHandler(req, reply);
    const file = path.join(webDist, rel);
    if (file.startsWith(webDist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.header('cache-control', rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(rel);
    }
    return sendIndex(req, reply);
  });
}
