// Child processes for benchmarks: start one, wait until it answers, read its memory, stop it cleanly.
// Times are taken with performance.now() in this process, from just before spawn().
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface Spawned {
  child: ChildProcess;
  pid: number;
  /** performance.now() just before spawn(). */
  startedAt: number;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The last lines the child wrote (stdout and stderr), for error messages. */
  output(): string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const KEEP_OUTPUT = 16 * 1024;

/** Starts `node <args>` with the Node running the bench, so both use the same version and flags. */
export function spawnNode(args: string[], opts: { env: NodeJS.ProcessEnv; cwd: string }): Spawned {
  let tail = '';
  const keep = (chunk: Buffer) => { tail = (tail + chunk.toString('utf8')).slice(-KEEP_OUTPUT); };
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, { env: opts.env, cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  if (child.pid === undefined) throw new Error(`could not start node ${args.join(' ')}`);
  return { child, pid: child.pid, startedAt, exited, output: () => tail };
}

function failure(s: Spawned, what: string): Error {
  return new Error(`${what}\n--- output of pid ${s.pid} (last lines) ---\n${s.output().split('\n').slice(-30).join('\n')}`);
}

/** Polls `url` every few milliseconds until it answers `status`; returns performance.now() at that answer. */
export async function waitForStatus(s: Spawned, url: string, status = 200, timeoutMs = 120_000): Promise<number> {
  let exitCode: number | null | undefined;
  void s.exited.then((c) => { exitCode = c; });
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status === status) return performance.now();
    } catch {
      // Not listening yet: connection refused until the server binds its port.
    }
    if (exitCode !== undefined) throw failure(s, `the process exited (code ${exitCode}) before ${url} answered ${status}`);
    if (performance.now() > deadline) throw failure(s, `${url} did not answer ${status} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resolves with performance.now() when the child prints a line matching `pattern` on stdout. */
export async function waitForLine(s: Spawned, pattern: RegExp, timeoutMs = 120_000): Promise<{ at: number; line: string }> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(failure(s, `no line matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      const line = buf.split('\n').find((l) => pattern.test(l));
      if (line === undefined) return;
      clearTimeout(timer);
      s.child.stdout!.off('data', onData);
      resolve({ at: performance.now(), line });
    };
    s.child.stdout!.on('data', onData);
    void s.exited.then((code) => { clearTimeout(timer); reject(failure(s, `the process exited (code ${code}) before printing ${pattern}`)); });
  });
}

export interface Memory {
  /** VmHWM: the highest resident set size the process has had so far. */
  peakRssMb: number;
  /** VmRSS: resident set size now. */
  rssMb: number;
}

/** Reads a process's memory from /proc (Linux); worker threads count, as they share the process. */
export function readMemory(pid: number): Memory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!m) throw new Error(`/proc/${pid}/status has no ${field}`);
    return Number(m[1]) / 1024;
  };
  return { peakRssMb: kb('VmHWM'), rssMb: kb('VmRSS') };
}

/** SIGTERM and wait, so a database closes cleanly before the next start; SIGKILL if it hangs. */
export async function stopProcess(s: Spawned, timeoutMs = 30_000): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  s.child.kill('SIGTERM');
  const timer = setTimeout(() => s.child.kill('SIGKILL'), timeoutMs);
  await s.exited;
  clearTimeout(timer);
}
