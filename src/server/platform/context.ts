// What every service is given: the database, configuration and clock, and for a request, who acts.
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Db, Executor } from './db/index.ts';
import type { FastifyRequest } from 'fastify';
import { requireCaller, type Caller } from './auth-guard.ts';

export interface Deps {
  db: Db;
  config: Config;
  log: Logger;
  /** The time; tests move it forward instead of sleeping. */
  now: () => Date;
}

/** Where a request came from, as sessions and the audit log record it. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** Who did something and from where, as the audit log records it. */
export interface Actor extends RequestMeta {
  workspaceId: string;
  userId: string | null;
  apiKeyId: string | null;
  label: string;
}

type RequestLike = { ip: string; headers: Record<string, unknown>; id: string };

export function requestMeta(req: RequestLike): RequestMeta {
  const ua = req.headers['user-agent'];
  return { ip: req.ip, userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null, requestId: req.id };
}

export function actorOf(caller: Caller, req: RequestLike): Actor {
  return {
    workspaceId: caller.workspaceId,
    userId: caller.userId ?? null,
    apiKeyId: caller.apiKeyId ?? null,
    label: caller.label,
    ...requestMeta(req),
  };
}

/** The signed-in caller of a request as an actor (401 if nobody is signed in). */
export function requestActor(req: FastifyRequest): Actor {
  return actorOf(requireCaller(req), req);
}

export type { Executor };
