// The import's steps for bench/import.ts, run in a process of their own so that the peak memory is the
// import's alone (not the export's or a demo load's before it): `node bench/lib/import-steps.ts URL FILE`
// uploads FILE through POST /api/imports, runs the check, the run and its undo as the workers would, and
// prints one JSON line with the times and the peak RSS of each step.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { openApp, signIn, type BenchOwner, type Signed } from './app.ts';
import type { App } from '../../src/server/app.ts';

export const IMPORT_OWNER: BenchOwner = { workspaceName: '取込ベンチ', displayName: '計測 三郎', email: 'import-bench@example.jp', password: 'bench-password-1234' };

/** Peak RSS while `fn` runs, sampled every 20 ms. */
export async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peak: number; before: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  try {
    const value = await fn();
    return { value, peak: Math.max(peak, process.memoryUsage().rss), before };
  } finally {
    clearInterval(timer);
  }
}

async function upload(base: string, auth: Signed, file: string) {
  const res = await fetch(`${base}/api/imports?entity=person&fileName=members.csv`, {
    method: 'POST', headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'text/csv' },
    body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream, duplex: 'half',
  } as RequestInit);
  const body = await res.json() as { importId: string; columns: { field: string | null }[] };
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** A step (check, run, undo) started through the API and its job run here, timed, with the import after it. */
async function timedStep(app: App, auth: Signed, importId: string, step: 'check' | 'run' | 'undo', payload: object = {}) {
  const started = await app.http.inject({ method: 'POST', url: `/api/imports/${importId}/${step}`, headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf }, payload });
  if (started.statusCode !== 202) throw new Error(`${step}: ${started.statusCode} ${started.body}`);
  const jobRunId = JSON.parse(started.body).jobRunId as string;
  const job = app.jobs.find((j) => j.name === `imports.${step}`)!;
  const t0 = performance.now();
  const rss = await peakRss(() => job.handler({ data: { workspaceId: auth.workspaceId, jobRunId }, signal: new AbortController().signal, retryCount: 0 } as never) as Promise<unknown>);
  const ms = performance.now() - t0;
  const after = JSON.parse((await app.http.inject({ method: 'GET', url: `/api/imports/${importId}`, headers: { cookie: auth.cookie } })).body) as { status: string; counts: Record<string, number>; result: Record<string, number> };
  return { ms, peak: rss.peak, before: rss.before, after };
}

export interface Timed { ms: number; peak: number; before: number }
export interface ImportSteps {
  startRss: number;
  mapped: number;
  upload: Timed;
  check: Timed & { counts: Record<string, number> };
  run: Timed & { result: Record<string, number> };
  undo: Timed;
}

async function main(url: string, file: string): Promise<ImportSteps> {
  const { app, db } = await openApp({ DATABASE_URL: url });
  try {
    const auth = await signIn(app, IMPORT_OWNER);
    await app.http.listen({ host: '127.0.0.1', port: 0 });
    const address = app.http.server.address();
    const base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
    const startRss = process.memoryUsage().rss;
    const t0 = performance.now();
    const up = await peakRss(() => upload(base, auth, file));
    const uploaded = { ms: performance.now() - t0, peak: up.peak, before: up.before };
    const step = (name: string) => process.stderr.write(`[import] ${name}\n`);
    step('check');
    const check = await timedStep(app, auth, up.value.importId, 'check', { keepValid: true });
    if (check.after.status !== 'checked') throw new Error(`check ended ${check.after.status}`);
    step('run (writing the rows)');
    const run = await timedStep(app, auth, up.value.importId, 'run');
    if (run.after.status !== 'done') throw new Error(`run ended ${run.after.status}`);
    step('undo of the run (puts the kept database back)');
    const undo = await timedStep(app, auth, up.value.importId, 'undo');
    if (undo.after.status !== 'undone') throw new Error(`undo ended ${undo.after.status}`);
    const timed = (t: Timed) => ({ ms: t.ms, peak: t.peak, before: t.before });
    return {
      startRss, mapped: up.value.columns.filter((c) => c.field).length, upload: uploaded,
      check: { ...timed(check), counts: check.after.counts }, run: { ...timed(run), result: run.after.result }, undo: timed(undo),
    };
  } finally {
    await app.close();
    await db.close();
  }
}

if (import.meta.main) {
  const [url, file] = process.argv.slice(2);
  if (!url || !file) throw new Error('usage: node bench/lib/import-steps.ts DATABASE_URL FILE');
  process.stdout.write(`${JSON.stringify(await main(url, file))}\n`);
}
