// Wires the domains into one application: HTTP routes, queue jobs and their shared dependencies.
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './platform/config.ts';
import type { Db } from './platform/db/index.ts';
import type { Deps } from './platform/context.ts';
import { buildHttp } from './platform/http.ts';
import { createQueue, type JobDefinition, type Queue } from './platform/queue.ts';
import { sql } from './platform/db/index.ts';
import { accessRoutes, authenticator, authRoutes, ensureAdmin, sweepSessionsJob } from './domains/auth/index.ts';
import { auditRoutes } from './domains/audit/index.ts';
import { defineJob, jobRoutes } from './domains/jobs/index.ts';
import { duplicateRoutes, duplicateScanJob, peopleRoutes } from './domains/people/index.ts';
import { addressRoutes } from './domains/addresses/index.ts';
import { companyRoutes } from './domains/companies/index.ts';
import { fieldRoutes } from './domains/fields/index.ts';
import { viewRoutes } from './domains/views/index.ts';
import { activityRoutes } from './domains/activities/index.ts';
import { purchaseRoutes } from './domains/purchases/index.ts';
import { contractRevenueJob, contractRoutes } from './domains/contracts/index.ts';
import { figureRoutes, nightlyFiguresJob, rfmJob } from './domains/figures/index.ts';
import { importCheckJob, importRoutes, importRunJob, importUndoJob } from './domains/imports/index.ts';
import { refreshStatisticsJob } from './platform/maintenance.ts';
import { DEFAULT_DEMO_PEOPLE, demoJob, demoRoutes, startDemo } from './domains/demo/index.ts';

export interface AppOptions {
  config: Config;
  db: Db;
  log: Logger;
  now?: () => Date;
}

export interface App {
  http: FastifyInstance;
  queue: Queue;
  deps: Deps;
  jobs: JobDefinition[];
  /** Starts this process's queue workers (npm start does unless WORKERS=0; npm run worker only does this). */
  startWorkers(): Promise<void>;
  /** Stops taking requests, lets running jobs finish up to the timeout (the rest are retried later). */
  close(): Promise<void>;
}

export function jobDefinitions(deps: Deps): JobDefinition[] {
  const analyze = refreshStatisticsJob(deps);
  return [
    defineJob(deps, demoJob()) as JobDefinition, defineJob(deps, duplicateScanJob()) as JobDefinition, defineJob(deps, rfmJob()) as JobDefinition,
    defineJob(deps, importCheckJob()) as JobDefinition,
    defineJob(deps, importRunJob()) as JobDefinition,
    defineJob(deps, importUndoJob()) as JobDefinition,
    sweepSessionsJob(deps), nightlyFiguresJob(deps), contractRevenueJob(deps), ...(analyze ? [analyze] : []),
  ];
}

export async function buildApp(opts: AppOptions): Promise<App> {
  const deps: Deps = { db: opts.db, config: opts.config, log: opts.log, now: opts.now ?? (() => new Date()) };
  const jobs = jobDefinitions(deps);
  const queue = await createQueue(deps.db, deps.log, jobs);
  await ensureAdmin(deps);
  const start = (workspaceId: string, userId: string | null, people: number) => startDemo(deps, queue, workspaceId, userId, people);
  const http = await buildHttp({
    config: deps.config,
    logger: deps.log,
    authenticate: authenticator(deps),
    ready: async () => { await sql`select 1`.execute(deps.db.kysely); return true; },
    routes: [
      authRoutes(deps, { startDemo: (workspaceId, userId) => start(workspaceId, userId, DEFAULT_DEMO_PEOPLE) }),
      accessRoutes(deps),
      auditRoutes(deps),
      jobRoutes(deps),
      peopleRoutes(deps),
      duplicateRoutes(deps, queue),
      addressRoutes(),
      companyRoutes(deps),
      fieldRoutes(deps),
      viewRoutes(deps),
      activityRoutes(deps),
      purchaseRoutes(deps),
      contractRoutes(deps),
      figureRoutes(deps, queue),
      importRoutes(deps, queue),
      demoRoutes(start),
    ],
  });
  return {
    http, queue, deps, jobs,
    startWorkers: () => queue.work(jobs, deps.config.workerConcurrency),
    close: async () => {
      await http.close();
      await queue.stop(deps.config.shutdownTimeoutMs);
    },
  };
}
