// Runs the real server on a fresh data folder (through tests/helpers/server.ts, which spawns it) and
// Debian's Chromium against it.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { freePort, startServer as spawnServer, tempDataDir, type ServerProcess } from '../helpers/server.ts';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../screenshots');

export interface ServerHandle {
  url: string;
  dataDir: string;
  /** Sends SIGTERM and waits for the process to exit. */
  stop: () => Promise<void>;
  /** Starts the server again on the same data folder and port. */
  start: () => Promise<void>;
  /** Stops the server and deletes its data folder. */
  dispose: () => Promise<void>;
  /** What the server printed (across restarts), for failure messages. */
  output: () => string;
}

export async function startServer(): Promise<ServerHandle> {
  const dataDir = tempDataDir();
  // Chosen once, so that a restart answers at the same address the browser already uses.
  const port = String(await freePort());
  let current: ServerProcess | null = null;
  let earlier = '';

  const start = async () => {
    current = await spawnServer({ PORT: port, DATA_DIR: dataDir });
  };

  const stop = async () => {
    const server = current;
    current = null;
    if (!server) return;
    earlier += server.output();
    // Graceful shutdown is part of what is tested: one that hangs fails the test instead of the run.
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref());
    if ((await Promise.race([server.stop(), timeout])) === 'timeout') {
      server.child.kill('SIGKILL');
      throw new Error(`server did not stop on SIGTERM:\n${server.output()}`);
    }
  };

  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    stop,
    start,
    dispose: async () => {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
    output: () => earlier + (current?.output() ?? ''),
  };
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
