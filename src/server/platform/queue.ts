// The durable job queue (pg-boss) on either backend. Domains declare their jobs in jobs.ts; this module
// only knows queue names, handlers and retry policy.
import { PgBoss, type Job } from 'pg-boss';
import type { Logger } from 'pino';
import type { Db } from './db/index.ts';

/** Attempts after the first before a job counts as failed, unless its definition says otherwise. */
export const DEFAULT_RETRY_LIMIT = 5;

export interface JobDefinition<T extends object = object> {
  name: string;
  /** Called once per job; must be safe to run again after a crash (resume from a checkpoint). */
  handler: (job: Job<T>) => Promise<unknown>;
  retryLimit?: number;
  expireInSeconds?: number;
  /** Runs on this schedule (cron) as well as when sent. */
  cron?: string;
  /** The cron's time zone (IANA name); the server's when left out. */
  tz?: string;
}

export interface Queue {
  send<T extends object>(name: string, data: T, opts?: { singletonKey?: string }): Promise<string>;
  /** Starts polling for the given jobs in this process. */
  work(definitions: JobDefinition[], concurrency: number): Promise<void>;
  /** Waits for running jobs up to `timeoutMs`; jobs still running then are failed and so retried later. */
  stop(timeoutMs: number): Promise<void>;
  boss: PgBoss;
}

export async function createQueue(db: Db, log: Logger, definitions: JobDefinition[]): Promise<Queue> {
  const boss = db.queue.kind === 'pglite'
    ? new PgBoss({ db: { executeSql: db.queue.executeSql as never }, backend: 'pglite', superviseIntervalSeconds: 60 })
    : new PgBoss({ connectionString: db.queue.connectionString, max: 3 });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  for (const d of definitions) {
    // heartbeat: a job whose process died (kill -9) is failed and retried after 30 s, not after the expiry.
    await boss.createQueue(d.name, { retryLimit: d.retryLimit ?? DEFAULT_RETRY_LIMIT, retryDelay: 2, retryBackoff: true, expireInSeconds: d.expireInSeconds ?? 3600, heartbeatSeconds: 30 });
    if (d.cron) await boss.schedule(d.name, d.cron, null, d.tz ? { tz: d.tz } : {});
  }
  return {
    boss,
    send: async (name, data, opts) => {
      const id = await boss.send(name, data, opts?.singletonKey ? { singletonKey: opts.singletonKey } : {});
      if (!id) throw new Error(`The job queue refused a job for ${name}`);
      return id;
    },
    work: async (defs, concurrency) => {
      for (const d of defs) {
        await boss.work(d.name, { localConcurrency: concurrency, pollingIntervalSeconds: 1 }, async (jobs: Job<object>[]) => {
          for (const job of jobs) await d.handler(job as never);
        });
      }
    },
    stop: (timeoutMs) => boss.stop({ graceful: true, timeout: timeoutMs }),
  };
}
