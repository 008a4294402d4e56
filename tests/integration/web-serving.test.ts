// The built web app as Fastify serves it: long caching for hashed assets, the page for app routes, and
// nothing outside the build folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'daifuku-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>大福帳</title><div id="root"></div>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-3f9a.js'), 'console.log("app")');
  t = await createTestApp({ WEB_DIST: dist });
});
afterAll(async () => { await t.close(); fs.rmSync(dist, { recursive: true, force: true }); });

const get = (url: string) => t.app.http.inject({ method: 'GET', url });

describe('serving the web app', () => {
  it('caches hashed assets for a year and the page never', async () => {
    const asset = await get('/assets/app-3f9a.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('大福帳');
  });

  it('answers app routes with the page, API misses with problem+json', async () => {
    expect((await get('/people')).body).toContain('<div id="root">');
    const api = await get('/api/no-such-thing');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('never serves a file outside the build folder', async () => {
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json']) {
      const r = await get(url);
      expect(r.body, url).not.toContain('"name": "daifuku"');
    }
  });
});
