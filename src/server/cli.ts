// Maintenance commands: `npm run migrate`, `npm run demo [-- --people N]`.
import { parseArgs } from 'node:util';
import { loadConfig } from './platform/config.ts';
import { createLogger } from './platform/logger.ts';
import { openAndMigrate } from './boot.ts';
import { newSecret } from './lib/secrets.ts';
import { buildApp } from './app.ts';
import { DEFAULT_DEMO_PEOPLE, loadDemo } from './domains/demo/index.ts';
import { anyWorkspaceExists, oldestWorkspace } from './domains/workspaces/index.ts';

const [command, ...rest] = process.argv.slice(2);
const config = loadConfig();
const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
const db = await openAndMigrate(config, log);

if (command === 'migrate') {
  process.stdout.write('Migrations are up to date.\n');
} else if (command === 'demo') {
  const { values } = parseArgs({ args: rest, options: { people: { type: 'string', default: String(DEFAULT_DEMO_PEOPLE) } } });
  const people = Number(values.people);
  if (!Number.isInteger(people) || people < 1 || people > 10_000_000) {
    process.stderr.write(`--people must be a whole number from 1 to 10000000 (got ${values.people}).\n`);
    process.exit(2);
  }
  // A fresh install gets a demo owner with a one-time password; an existing one gets data in its first workspace.
  const password = !config.admin && !(await anyWorkspaceExists(db.kysely)) ? newSecret(12) : undefined;
  const app = await buildApp({
    config: password ? { ...config, admin: { email: 'owner@example.jp', password, workspace: '大福商店（デモ）' } } : config,
    db, log,
  });
  const ws = await oldestWorkspace(db.kysely);
  if (!ws) throw new Error('No workspace after setup');
  const started = Date.now();
  let last = 0;
  await loadDemo(db.kysely, ws.workspaceId, { people, seed: Math.floor(Math.random() * 2 ** 32) }, {
    done: 0,
    progress: async (done, total) => {
      if (done - last >= total / 10 || done === total) {
        last = done;
        process.stdout.write(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} people\n`);
      }
    },
  });
  await app.close();
  process.stdout.write(`Loaded ${people.toLocaleString('en')} demo people into "${ws.name}" in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  if (password) process.stdout.write(`Sign in at ${config.publicUrl} as owner@example.jp with password ${password} (change it in Settings).\n`);
} else {
  process.stderr.write('Usage: node src/server/cli.ts migrate | demo [--people N]\n');
  process.exit(2);
}
await db.close();
