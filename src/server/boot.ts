// Opening the database the way every process does: one clear message if another process holds it.
import type { Logger } from 'pino';
import type { Config } from './platform/config.ts';
import { openDatabase, DataDirLockedError, type Db } from './platform/db/index.ts';
import { migrateToLatest } from './platform/migrations/index.ts';

export async function openAndMigrate(config: Config, log: Logger): Promise<Db> {
  let db: Db;
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const applied = await migrateToLatest(db.kysely);
  if (applied.length) log.info({ applied }, 'migrations applied');
  return db;
}
