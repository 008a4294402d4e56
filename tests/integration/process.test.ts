// The server as a real process: SIGTERM during a job, kill -9 after a write, two processes on one folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { HttpClient, startServer, tempDataDir, type ServerProcess } from '../helpers/server.ts';
import { createServerDatabase, testBackend } from '../helpers/db.ts';

const admin = { ADMIN_EMAIL: 'owner@example.jp', ADMIN_PASSWORD: 'owner password 1', ADMIN_WORKSPACE: '大福商店' };
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => { for (const c of cleanups.reverse()) await c().catch(() => undefined); });

/** Environment for a server on the backend under test, with its own empty database or folder. */
async function backendEnv(): Promise<Record<string, string>> {
  const dir = tempDataDir();
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  if (testBackend() === 'pglite') return { DATA_DIR: dir };
  const { url, drop } = await createServerDatabase();
  cleanups.push(drop);
  return { DATA_DIR: dir, DATABASE_URL: url };
}

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const s = await startServer(env);
  cleanups.push(() => s.stop('SIGKILL'));
  return s;
}

async function signIn(s: ServerProcess): Promise<HttpClient> {
  const c = new HttpClient(s.url);
  const r = await c.request('POST', '/api/auth/login', { email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD });
  expect(r.status).toBe(200);
  return c;
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, seconds = 120): Promise<T> {
  for (let i = 0; i < seconds * 5; i++) {
    const v = await fn();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a job interrupted by SIGTERM', () => {
  // Two server starts and a 60,000-person load: its own limit, above the 240 s it waits for the job.
  it('is retried after restart and finishes exactly once', async () => {
    const env = { ...(await backendEnv()), ...admin, WORKERS: '1', SHUTDOWN_TIMEOUT_MS: '500' };
    const first = await start(env);
    const c = await signIn(first);
    const people = 60_000;
    const { body } = await c.request('POST', '/api/demo', { people });
    const jobRunId = body.jobRunId as string;
    await until('the job to be part-way', async () => {
      const j = (await c.request('GET', `/api/jobs/${jobRunId}`)).body;
      return j.status === 'running' && j.done > 0 && j.done < people ? j : undefined;
    });
    expect(await first.stop('SIGTERM')).toBe(0);
    const second = await start(env);
    const c2 = await signIn(second);
    const afterRestart = (await c2.request('GET', `/api/jobs/${jobRunId}`)).body;
    expect(afterRestart.done).toBeLessThan(people);
    const finished = await until('the retried job to finish', async () => {
      const j = (await c2.request('GET', `/api/jobs/${jobRunId}`)).body;
      return j.status === 'succeeded' || j.status === 'failed' ? j : undefined;
    }, 240);
    expect(finished).toMatchObject({ status: 'succeeded', done: people });
    expect(finished.attempts).toBeGreaterThanOrEqual(2);
    expect((await c2.request('GET', '/api/people/count')).body.total).toBe(people);
  }, 300_000);
});

describe('an import killed with kill -9 halfway', () => {
  it('resumes after restart from its last whole batch, without a duplicate', async () => {
    const env = { ...(await backendEnv()), ...admin, WORKERS: '1' };
    const first = await start(env);
    const c = await signIn(first);
    // 30,000 rows; the last 1,500 repeat the emails of the first 1,500, batches apart.
    const rows = Array.from({ length: 30_000 }, (_, i) => `K${i},木下 ${i},k${i < 28_500 ? i : i - 28_500}@example.jp`);
    const file = new TextEncoder().encode(['会員番号,氏名,メール', ...rows].join('\n'));
    const up = await c.request('POST', '/api/imports?entity=person&fileName=kill.csv', undefined, { bytes: file, contentType: 'text/csv' });
    expect(up.status).toBe(201);
    const id = up.body.importId as string;
    expect((await c.request('POST', `/api/imports/${id}/check`, {})).status).toBe(202);
    await until('the check', async () => ((await c.request('GET', `/api/imports/${id}`)).body.status === 'checked' ? true : undefined));
    const run = await c.request('POST', `/api/imports/${id}/run`);
    expect(run.status).toBe(202);
    await until('the run to be part-way', async () => {
      const j = (await c.request('GET', `/api/jobs/${run.body.jobRunId}`)).body;
      return j.done >= 4_000 && j.done < 30_000 ? j : undefined;
    });
    await first.stop('SIGKILL');

    const second = await start(env);
    const c2 = await signIn(second);
    // What the killed run left: whole batches, each with every one of its people, nothing of the next.
    const left = (await c2.request('GET', `/api/imports/${id}`)).body;
    expect(left.result.rowsDone % 2_000 === 0 || left.result.rowsDone === 30_000).toBe(true);
    expect(left.result.rowsDone).toBeGreaterThanOrEqual(4_000);
    expect((await c2.request('GET', '/api/people/count')).body.total).toBe(left.result.created);
    const done = await until('the resumed run', async () => {
      const r = (await c2.request('GET', `/api/imports/${id}`)).body;
      return r.status === 'done' || r.status === 'failed' ? r : undefined;
    }, 240);
    expect(done).toMatchObject({ status: 'done', result: { rowsDone: 30_000, created: 28_500, merged: 1_500, updated: 0, skipped: 0, invalid: 0 } });
    expect((await c2.request('GET', '/api/people/count')).body.total).toBe(28_500);
  }, 400_000);
});

describe('a write acknowledged before kill -9', () => {
  it('is there after restart', async () => {
    const env = { ...(await backendEnv()), ...admin };
    const first = await start(env);
    const c = await signIn(first);
    expect((await c.request('PATCH', '/api/auth/me', { displayName: '書き込み確認 太郎' })).status).toBe(200);
    const inv = await c.request('POST', '/api/invitations', { email: 'after-crash@example.jp', role: 'member' });
    expect(inv.status).toBe(201);
    await first.stop('SIGKILL');
    const second = await start(env);
    const c2 = await signIn(second);
    expect((await c2.request('GET', '/api/auth/session')).body.user.displayName).toBe('書き込み確認 太郎');
    const emails = (await c2.request('GET', '/api/invitations')).body.items.map((i: { email: string }) => i.email);
    expect(emails).toContain('after-crash@example.jp');
  });
});

describe('a second process on the same data folder', () => {
  it('exits with a clear message and changes nothing', async () => {
    const dir = tempDataDir();
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const first = await start({ DATA_DIR: dir, ...admin });
    const lockBefore = fs.readFileSync(path.join(dir, 'daifuku.lock'), 'utf8');
    const second = await startServer({ DATA_DIR: dir, ...admin, ADMIN_EMAIL: 'second@example.jp' }, { waitForHealth: false });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('already in use by another Daifuku process');
    expect(second.output()).toContain('使用中です');
    expect(fs.readFileSync(path.join(dir, 'daifuku.lock'), 'utf8')).toBe(lockBefore);
    // The first process still works and holds the only account.
    const c = await signIn(first);
    expect((await c.request('GET', '/api/members')).body.items.map((m: { email: string }) => m.email)).toEqual(['owner@example.jp']);
  }, 120_000);
});

describe('npm run worker', () => {
  it('runs the jobs of a web process started with WORKERS=0 (a server database), or refuses to share an embedded one', async () => {
    const env = { ...(await backendEnv()), ...admin };
    const web = await start({ ...env, WORKERS: '0' });
    const c = await signIn(web);
    const { jobRunId } = (await c.request('POST', '/api/demo', { people: 2000 })).body;
    let out = '';
    const worker = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../src/server/worker.ts')], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    worker.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    const exited = new Promise<number | null>((resolve) => worker.once('exit', resolve));
    cleanups.push(async () => { worker.kill('SIGKILL'); });
    if (testBackend() === 'pglite') {
      expect(await exited).toBe(1);
      expect(out).toContain('already in use by another Daifuku process');
      expect((await c.request('GET', `/api/jobs/${jobRunId}`)).body.status).toBe('queued');
    } else {
      const job = await until('the worker to finish the job', async () => {
        const j = (await c.request('GET', `/api/jobs/${jobRunId}`)).body;
        return j.status === 'succeeded' ? j : undefined;
      });
      expect(job.done).toBe(2000);
      worker.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
