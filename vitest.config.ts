import { defineConfig } from 'vitest/config';

// Unit and integration tests. The backend is chosen by TEST_BACKEND (pglite | postgres); scripts/test.mjs
// runs the suite once per backend. Browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    restoreMocks: true,
  },
});
