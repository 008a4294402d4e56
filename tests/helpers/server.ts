// The real server as a child process (`node src/server/main.ts`), for tests about processes: restarts,
// signals, crashes and the data-folder lock. Browser tests use it too.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'daifuku-test-'));
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the server and resolves once /healthz answers (or rejects with its output if it exits first). */
export async function startServer(env: Record<string, string>, opts: { waitForHealth?: boolean } = {}): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  let out = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', HOST: '127.0.0.1', WEB_DIST: path.join(ROOT, 'dist/web'), ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url, child, exited, output: () => out,
    stop: async (signal = 'SIGTERM') => { if (child.exitCode === null && child.signalCode === null) child.kill(signal); return exited; },
  };
  if (opts.waitForHealth === false) return server;
  let done = false;
  const gaveUp = exited.then((code) => { if (!done) throw new Error(`server exited with ${code} before it was ready:\n${out}`); });
  gaveUp.catch(() => undefined);
  const ready = (async () => {
    for (let i = 0; i < 1200; i++) {
      const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
      if (ok) return;
      if (child.exitCode !== null) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not answer /healthz in 120 s:\n${out}`);
  })();
  await Promise.race([ready, gaveUp]);
  if (child.exitCode !== null) await gaveUp;
  done = true;
  return server;
}

/** A fetch-based signed-in caller for a server process. */
export class HttpClient {
  cookie: string | undefined;
  csrf: string | undefined;
  base: string;
  constructor(base: string) { this.base = base; }

  /** JSON in and out; `raw` sends bytes as they are instead (a file upload). */
  async request(method: string, url: string, body?: unknown, raw?: { bytes: Uint8Array; contentType: string }): Promise<{ status: number; body: any }> {
    const headers: Record<string, string> = { 'accept-language': 'ja' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (raw) headers['content-type'] = raw.contentType;
    if (this.cookie) headers.cookie = `daifuku_session=${this.cookie}`;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const payload = raw ? { body: new Blob([Buffer.from(raw.bytes)]) } : body !== undefined ? { body: JSON.stringify(body) } : {};
    const res = await fetch(this.base + url, { method, headers, ...payload });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('daifuku_session='));
    if (set) this.cookie = set.slice('daifuku_session='.length).split(';')[0];
    const text = await res.text();
    const parsed = text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
    if (parsed?.csrfToken) this.csrf = parsed.csrfToken;
    if (parsed?.session?.csrfToken) this.csrf = parsed.session.csrfToken;
    return { status: res.status, body: parsed };
  }
}
