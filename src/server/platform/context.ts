// What every service is given: the database, configuration and clock, and for a request, who acts.
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Db, Executor } from './db/index.ts';
import type { Caller } from './auth-guard.ts';

export interface Deps {
  db: Db;
  config: Config;
  log: Logger;
  /** The time; tests move it forward instead of sleeping. */
  now: () => Date;
}

/** Who did something and from where, as the audit log records it. */
export interface Actor {
  workspaceId: string;
  userId: string | null;
  apiKeyId: string | null;
  label: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export function actorOf(caller: Caller, req: { ip: string; headers: Record<string, unknown>; id: string }): Actor {
  const ua = req.headers['user-agent'];
  return {
    workspaceId: caller.workspaceId,
    userId: caller.userId ?? null,
    apiKeyId: caller.apiKeyId ?? null,
    label: caller.label,
    ip: req.ip,
    userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
    requestId: req.id,
  };
}

export type { Executor };
