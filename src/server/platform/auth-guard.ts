// Who is calling, and may they call this route? The auth domain fills `request.auth`; this guard
// enforces the role every route declares and CSRF on cookie-authenticated writes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { roleAtLeast, type Role } from '../../common/roles.ts';
import { AppError, forbidden, unauthenticated } from './errors.ts';
import type { Locale } from './i18n/index.ts';

/** `public`: anyone; `user`: any signed-in user whatever their role; otherwise the lowest role. */
export type Access = 'public' | 'user' | Role;

export interface Caller {
  kind: 'session' | 'api_key';
  workspaceId: string;
  role: Role;
  userId: string | undefined;
  apiKeyId: string | undefined;
  label: string;
  csrfToken: string | undefined;
  sessionHash: string | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Caller | undefined;
    user: { userId: string; email: string; displayName: string; locale: Locale } | undefined;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function enforceAccess(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  // Unknown URLs reach the not-found handler, which reveals nothing.
  if (req.is404) return;
  const access = req.routeOptions.config.access;
  if (access === undefined) throw new Error(`Route ${req.method} ${req.routeOptions.url} declares no access`);
  if (access === 'public') return;
  const caller = req.auth;
  if (!caller) throw unauthenticated();
  if (caller.kind === 'session' && !SAFE_METHODS.has(req.method)) {
    // Double-submit: the token is readable only by our own pages (same origin) and must come back in a header.
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || sent !== caller.csrfToken) throw new AppError(403, 'csrf_failed');
  }
  if (access !== 'user' && !roleAtLeast(caller.role, access)) throw forbidden(access);
}

export function requireCaller(req: FastifyRequest): Caller {
  if (!req.auth) throw unauthenticated();
  return req.auth;
}
