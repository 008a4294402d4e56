// The commands of the README: the Node version check of `npm start`, and `npm run demo`.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module so that an old Node can run it
import { nodeVersionProblem, typeStrippingFlags } from '../../scripts/node-version.mjs';
import { HttpClient, startServer, tempDataDir } from '../helpers/server.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

describe('Node version check', () => {
  it.each([
    ['20.20.2', false], ['22.11.0', false], ['v18.19.1', false],
    ['22.12.0', true], ['22.17.1', true], ['24.21.0', true], ['25.0.0', true],
  ])('Node %s is accepted: %s', (version, ok) => {
    const problem = nodeVersionProblem(version);
    expect(problem === null).toBe(ok);
    if (problem) expect(problem).toContain('22.12');
  });

  it.each([['22.12.0', true], ['22.18.0', false], ['24.21.0', false]])('Node %s needs the type-stripping flag: %s', (version, needs) => {
    expect(typeStrippingFlags(version).length > 0).toBe(needs);
  });
});

describe('npm run demo', () => {
  it('creates a demo owner on a fresh folder, loads the people and prints how to sign in', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'src/server/cli.ts'), 'demo', '--people', '1500'], {
      cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dir, LOG_LEVEL: 'warn' },
    });
    expect(stdout).toContain('Loaded 1,500 demo people');
    const password = /with password (\S+)/.exec(stdout)?.[1];
    expect(password).toBeTruthy();
    const server = await startServer({ DATA_DIR: dir });
    try {
      const c = new HttpClient(server.url);
      expect((await c.request('POST', '/api/auth/login', { email: 'owner@example.jp', password })).status).toBe(200);
      expect((await c.request('GET', '/api/people/count')).body.total).toBe(1500);
      const people = await c.request('GET', '/api/people?limit=3');
      expect(people.body.items[0].familyNameKana).toMatch(/^[\u30A0-\u30FF\uFF66-\uFF9F]+$/);
    } finally {
      await server.stop();
    }
  });
});
