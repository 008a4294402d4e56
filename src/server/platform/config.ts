// All configuration comes from the environment (secrets included); every variable is in README.md.
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['1', '0', 'true', 'false', 'yes', 'no', '']).transform((v) => ['1', 'true', 'yes'].includes(v));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  WORKERS: bool.default(true),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  ADMIN_WORKSPACE: z.string().min(1).default('My shop'),
  PUBLIC_URL: z.string().url().optional(),
  COOKIE_SECURE: bool.optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24 * 14),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(10),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(1024 ** 3),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default('dist/web'),
  DEFAULT_LOCALE: z.enum(['ja', 'en']).default('ja'),
  TRUST_PROXY: bool.default(false),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration (see README.md, Configuration):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const publicUrl = c.PUBLIC_URL ?? `http://localhost:${c.PORT}`;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.DATA_DIR),
    poolSize: c.DATABASE_POOL_SIZE,
    workers: c.WORKERS,
    workerConcurrency: c.WORKER_CONCURRENCY,
    admin: c.ADMIN_EMAIL && c.ADMIN_PASSWORD ? { email: c.ADMIN_EMAIL, password: c.ADMIN_PASSWORD, workspace: c.ADMIN_WORKSPACE } : undefined,
    publicUrl,
    /** Set only when PUBLIC_URL is: links then use it; otherwise the address the browser used. */
    fixedPublicUrl: c.PUBLIC_URL?.replace(/\/$/, ''),
    cookieSecure: c.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    sessionTtlHours: c.SESSION_TTL_HOURS,
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginLockMinutes: c.LOGIN_LOCK_MINUTES,
    loginRatePerMinute: c.LOGIN_RATE_PER_MINUTE,
    bodyLimit: c.BODY_LIMIT_BYTES,
    /** The largest file an import takes; it is kept in the database until the import is done with. */
    importMaxBytes: c.IMPORT_MAX_BYTES,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    logLevel: c.LOG_LEVEL,
    webDist: path.resolve(c.WEB_DIST),
    defaultLocale: c.DEFAULT_LOCALE,
    trustProxy: c.TRUST_PROXY,
  };
}
