// Worker-only process (npm run worker): runs queued jobs, serves no pages. For PostgreSQL deployments;
// the embedded database belongs to the one `npm start` process.
import { loadConfig } from './platform/config.ts';
import { createLogger } from './platform/logger.ts';
import { openAndMigrate } from './boot.ts';
import { buildApp } from './app.ts';

const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await openAndMigrate(config, log);
const app = await buildApp({ config, db, log });
await app.startWorkers();
log.info('Daifuku worker is running');

const shutdown = async () => {
  await app.queue.stop(config.shutdownTimeoutMs);
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
