// Loads realistic Japanese demo customers into a workspace, in batches from a checkpoint: a run stopped
// by a restart or a crash continues where it was, and ids derived from the run make a repeated batch a no-op.
import type { Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { Queue } from '../../platform/queue.ts';
import { startJob, type RunContext } from '../jobs/index.ts';
import { companyKeys, insertCompanies } from '../companies/index.ts';
import { insertPeopleBatch } from '../people/index.ts';
import { refreshStatistics } from '../../platform/db/index.ts';
import { demoCompanies, demoPeople } from './generator.ts';

export const DEMO_JOB = 'demo.load';
export const DEFAULT_DEMO_PEOPLE = 10_000;
const BATCH = 1000;

export interface DemoParams { people: number; seed: number }

export function companyCount(people: number): number {
  return Math.max(5, Math.ceil(people / 25));
}

export interface LoadProgress {
  done: number;
  signal?: AbortSignal;
  progress: (done: number, total: number) => Promise<void>;
}

export async function loadDemo(db: Executor, workspaceId: string, params: DemoParams, p: LoadProgress): Promise<void> {
  const companies = demoCompanies(params.seed, companyCount(params.people));
  if (p.done === 0) {
    await insertCompanies(db, companies.map((c) => ({
      workspace_id: workspaceId, company_id: c.companyId, name: c.name, name_kana: c.nameKana, corporate_number: c.corporateNumber,
      industry: c.industry, postal_code: c.postalCode, prefecture: c.prefecture, city: c.city, address_line: c.addressLine,
      phone: c.phone, website: c.website,
      ...(({ name, search }) => ({ name_key: name, search_key: search }))(companyKeys({ name: c.name, nameKana: c.nameKana, corporateNumber: c.corporateNumber, phone: c.phone })),
    })));
  }
  const companyIds = companies.map((c) => c.companyId);
  const companyNames = new Map(companies.map((c) => [c.companyId, c.name]));
  for (let from = p.done; from < params.people; from += BATCH) {
    // Stopping between batches leaves a clean checkpoint; the queue retries the run after restart.
    if (p.signal?.aborted) throw new Error('Stopped for shutdown; will resume from the last batch');
    const count = Math.min(BATCH, params.people - from);
    await insertPeopleBatch(db, workspaceId, demoPeople(params.seed, from, count, companyIds).map((x) => ({
      ...x, companyName: x.companyId ? companyNames.get(x.companyId) ?? null : null,
    })));
    await p.progress(from + count, params.people);
    // The plans for the rest of the load (and for the list after it) are made on the sizes reached.
    if (from === p.done || from + count >= params.people) await refreshStatistics(db);
  }
}

export function demoJob() {
  return {
    kind: DEMO_JOB,
    expireInSeconds: 6 * 3600,
    run: async (deps: Deps, ctx: RunContext<DemoParams>) => {
      await loadDemo(deps.db.kysely, ctx.workspaceId, ctx.params, { done: ctx.done, signal: ctx.signal, progress: ctx.progress });
    },
  };
}

/** Queues a demo load. The seed is stored with the run, so a retry regenerates exactly the same people. */
export async function startDemo(deps: Deps, queue: Pick<Queue, 'send'>, workspaceId: string, userId: string | null, people: number): Promise<string> {
  const seed = Math.floor(Math.random() * 2 ** 32);
  return startJob<DemoParams>(deps, queue, DEMO_JOB, workspaceId, { people, seed }, { createdBy: userId, total: people });
}
