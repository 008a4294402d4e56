// Loads realistic Japanese demo customers into a workspace, in batches from a checkpoint: a run stopped
// by a restart or a crash continues where it was, and ids derived from the run make a repeated batch a no-op.
import type { Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { Queue } from '../../platform/queue.ts';
import { startJob, type RunContext } from '../jobs/index.ts';
import { insertCompanies } from '../companies/index.ts';
import { insertPeople } from '../people/index.ts';
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
    })));
  }
  const companyIds = companies.map((c) => c.companyId);
  for (let from = p.done; from < params.people; from += BATCH) {
    // Stopping between batches leaves a clean checkpoint; the queue retries the run after restart.
    if (p.signal?.aborted) throw new Error('Stopped for shutdown; will resume from the last batch');
    const count = Math.min(BATCH, params.people - from);
    await insertPeople(db, demoPeople(params.seed, from, count, companyIds).map((x) => ({
      workspace_id: workspaceId, person_id: x.personId, family_name: x.familyName, given_name: x.givenName,
      family_name_kana: x.familyNameKana, given_name_kana: x.givenNameKana, email: x.email, phone: x.phone, birthday: x.birthday,
      gender: x.gender, postal_code: x.postalCode, prefecture: x.prefecture, city: x.city, address_line: x.addressLine,
      building: x.building, company_id: x.companyId, job_title: x.jobTitle, lifecycle_stage: x.lifecycleStage, source: x.source,
    })));
    await p.progress(from + count, params.people);
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
