// Driving an import through the API in tests: upload the bytes, and run the background jobs a step starts
// right here (tests run without queue workers), returning the import as the page would then see it.
import { sql } from '../../src/server/platform/db/index.ts';
import type { Client, TestApp } from './app.ts';

export const uploadFile = (c: Client, bytes: Uint8Array, fileName = 'members.csv', extra = '', contentType = 'text/csv') =>
  c.request('POST', `/api/imports?entity=person&fileName=${encodeURIComponent(fileName)}${extra}`, Buffer.from(bytes), { 'content-type': contentType });

/** Runs the job a step started, as a worker would. */
export async function runJob(t: TestApp, jobRunId: string): Promise<void> {
  const run = (await sql<{ kind: string; workspace_id: string }>`select kind, workspace_id from job_runs where job_run_id = ${jobRunId}`.execute(t.db.kysely)).rows[0]!;
  const job = t.app.jobs.find((j) => j.name === run.kind)!;
  await job.handler({ data: { workspaceId: run.workspace_id, jobRunId }, signal: new AbortController().signal, retryCount: 0 } as never);
}

/** Posts a step (check, run, undo) and runs its job; the import after it. */
export async function step(t: TestApp, c: Client, importId: string, what: 'check' | 'run' | 'undo', body: object = {}) {
  const r = await c.post(`/api/imports/${importId}/${what}`, body);
  if (r.status !== 202) throw new Error(`${what} refused: ${r.status} ${JSON.stringify(r.body)}`);
  await runJob(t, r.body.jobRunId);
  return (await c.get(`/api/imports/${importId}`)).body;
}

/** Uploads, checks with these options, runs: the import when done. */
export async function importFile(t: TestApp, c: Client, bytes: Uint8Array, options: object = {}, fileName = 'members.csv') {
  const up = await uploadFile(c, bytes, fileName);
  if (up.status !== 201) throw new Error(`upload refused: ${up.status} ${JSON.stringify(up.body)}`);
  await step(t, c, up.body.importId, 'check', options);
  return step(t, c, up.body.importId, 'run');
}

/**
 * A checksum of everything an import can touch in the database, row by row: undo must bring it back
 * exactly. Tables of records and their parts; not the imports' own bookkeeping, jobs or the audit log.
 */
export async function peopleChecksum(t: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of ['people', 'person_emails', 'person_phones', 'person_tags', 'person_notes', 'lifecycle_changes', 'tags', 'companies', 'person_search', 'person_search_grams']) {
    const r = await sql<{ n: string; sum: string | null }>`select count(*) as n, md5(string_agg(md5(x::text), '' order by md5(x::text))) as sum from ${sql.table(table)} x`.execute(t.db.kysely);
    out[table] = `${r.rows[0]!.n}:${r.rows[0]!.sum}`;
  }
  return out;
}
