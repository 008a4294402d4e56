// Runs the real server (node src/server/main.ts) on a fresh data folder and Debian's Chromium against it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'dist/web');
export const SCREENSHOT_DIR = path.join(ROOT, 'screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerHandle {
  url: string;
  dataDir: string;
  /** Sends SIGTERM and waits for the process to exit. */
  stop: () => Promise<void>;
  /** Starts the server again on the same data folder and port. */
  start: () => Promise<void>;
  /** Stops the server and deletes its data folder. */
  dispose: () => Promise<void>;
  /** What the server printed, for failure messages. */
  output: () => string;
}

export async function startServer(): Promise<ServerHandle> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'daifuku-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let log = '';

  const start = async () => {
    const proc = spawn(process.execPath, ['src/server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', WEB_DIST },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitForHealth(url, () => proc.exitCode !== null || proc.signalCode !== null, () => log);
  };

  const stop = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<boolean>((resolve) => proc.once('exit', () => resolve(true)));
    proc.kill('SIGTERM');
    // Graceful shutdown is part of what is tested: one that hangs fails the test instead of the run.
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000).unref());
    if (!(await Promise.race([exited, timeout]))) {
      proc.kill('SIGKILL');
      throw new Error(`server did not stop on SIGTERM:\n${log}`);
    }
  };

  await start();
  return {
    url,
    dataDir,
    stop,
    start,
    dispose: async () => {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
    output: () => log,
  };
}

async function waitForHealth(url: string, exited: () => boolean, log: () => string): Promise<void> {
  // Bounded: a server that is not up in a minute is broken; one that exited says why in its output.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`server exited before it was ready:\n${log()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not answer /healthz:\n${log()}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

/** A fresh browser profile (no cookies) in Japanese, as a shop in Japan would have it. */
export async function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    deviceScaleFactor: 1,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  });
  // Long enough for a slow CI machine, short enough that a missing element fails within the test's time.
  context.setDefaultTimeout(20_000);
  return context;
}
