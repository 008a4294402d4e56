import { defineConfig } from 'vitest/config';

// Browser tests: the built web app (dist/web, built before this runs) served by the real server, driven
// by Debian's Chromium. One file at a time: each starts its own server and browser on a 2-core machine.
export default defineConfig({
  root: '.',
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
