// `npm start` and friends. Plain JavaScript so that an old Node can run it far enough to say what is wrong.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { nodeVersionProblem, typeStrippingFlags } from './node-version.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(problem);
  process.exit(1);
}
const nodeFlags = typeStrippingFlags(process.versions.node);

const mode = process.argv[2] ?? '';
const extra = process.argv.slice(3);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources (a fresh clone, a git pull). */
function ensureWebBuild() {
  const webDist = path.resolve(root, process.env.WEB_DIST || 'dist/web');
  const index = path.join(webDist, 'index.html');
  const sources = Math.max(newestMtime(path.join(root, 'src/web')), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  process.stdout.write('Building the web app (first start or after an update) ...\n');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function run(entry, args = []) {
  const child = spawn(process.execPath, [...nodeFlags, path.join(root, entry), ...args], { cwd: root, stdio: 'inherit' });
  // Ctrl-C reaches the child too (same process group); a SIGTERM sent to us is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

switch (mode) {
  case '':
    ensureWebBuild();
    run('src/server/main.ts');
    break;
  case '--dev': {
    // API with restart on change; Vite serves the pages with hot reload and proxies /api.
    const api = spawn(process.execPath, [...nodeFlags, '--watch', path.join(root, 'src/server/main.ts')], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: process.env.PORT || '3000' } });
    const web = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js')], { cwd: root, stdio: 'inherit' });
    const stop = () => { api.kill('SIGTERM'); web.kill('SIGTERM'); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    break;
  }
  case '--worker':
    run('src/server/worker.ts');
    break;
  case '--migrate':
    run('src/server/cli.ts', ['migrate']);
    break;
  case '--demo':
    run('src/server/cli.ts', ['demo', ...extra]);
    break;
  default:
    process.stderr.write(`Unknown mode ${mode}\n`);
    process.exit(2);
}
