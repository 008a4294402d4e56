// `npm test`: types, lint, the unit + integration suite on PGlite and (when TEST_DATABASE_URL is set) on a
// PostgreSQL server, then browser tests in Debian's Chromium. Ends with one summary line per stage.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const summary = [];
let failed = false;

function step(name, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  failed ||= !ok;
  return { ok, seconds: ((Date.now() - started) / 1000).toFixed(0) };
}

function vitest(name, config, env) {
  const report = path.join(os.tmpdir(), `daifuku-vitest-${process.pid}-${summary.length}.json`);
  const { ok, seconds } = step(name, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  let counts = 'no report';
  if (fs.existsSync(report)) {
    const j = JSON.parse(fs.readFileSync(report, 'utf8'));
    counts = `${j.numPassedTests} passed, ${j.numFailedTests} failed, ${j.numPendingTests + j.numTodoTests} skipped (${j.numTotalTestSuites} suites)`;
    fs.rmSync(report);
  }
  summary.push(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${counts} in ${seconds} s`);
}

let r = step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
summary.push(`${r.ok ? 'PASS' : 'FAIL'}  typecheck in ${r.seconds} s`);
r = step('lint', 'npm', ['run', '--silent', 'lint']);
summary.push(`${r.ok ? 'PASS' : 'FAIL'}  lint in ${r.seconds} s`);

vitest('unit + integration on PGlite', 'vitest.config.ts', { TEST_BACKEND: 'pglite' });
if (process.env.TEST_DATABASE_URL) {
  vitest(`unit + integration on PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host})`, 'vitest.config.ts', { TEST_BACKEND: 'postgres' });
} else {
  summary.push('NOTE  PostgreSQL run not done: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run the suite on a server too');
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (fs.existsSync(chromium)) {
  r = step('build web app', process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
  summary.push(`${r.ok ? 'PASS' : 'FAIL'}  web build in ${r.seconds} s`);
  if (r.ok) vitest('browser tests (Chromium)', 'vitest.e2e.config.ts', {});
} else if (process.env.CI_REQUIRE_BROWSER) {
  failed = true;
  summary.push(`FAIL  browser tests: ${chromium} not found (apt-get install -y chromium fonts-noto-cjk)`);
} else {
  summary.push(`NOTE  browser tests not run: ${chromium} not found (apt-get install -y chromium fonts-noto-cjk)`);
}

process.stdout.write(`\n=== summary ===\n${summary.join('\n')}\n${failed ? 'npm test FAILED' : 'npm test passed'}\n`);
process.exit(failed ? 1 : 0);
