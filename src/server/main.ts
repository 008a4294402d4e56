// The HTTP process: config → database → migrations → HTTP (→ workers unless WORKERS=0).
import { loadConfig } from './platform/config.ts';
import { createLogger } from './platform/logger.ts';
import { openAndMigrate } from './boot.ts';
import { buildApp } from './app.ts';

const config = loadConfig();
const log = createLogger(config.logLevel);

const db = await openAndMigrate(config, log);

const app = await buildApp({ config, db, log });
if (config.workers) await app.startWorkers();
await app.http.listen({ port: config.port, host: config.host });
log.info(`Daifuku is ready: ${config.publicUrl} (${db.backend === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'})`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  try {
    await app.close();
    await db.close();
    process.exit(0);
  } catch (err) {
    log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
