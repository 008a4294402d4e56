// Numbered migrations, applied in order at start-up and by `npm run migrate`.
import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_people_companies.ts';
import * as m0003 from './0003_customer_database.ts';
import * as m0004 from './0004_customer_lists.ts';
import * as m0005 from './0005_duplicate_pairs.ts';
import * as m0006 from './0006_person_search.ts';
import * as m0007 from './0007_history.ts';
import * as m0008 from './0008_people_write_cost.ts';
import * as m0009 from './0009_imports.ts';
import * as m0010 from './0010_import_runs.ts';
import * as m0011 from './0011_search_grams_delete.ts';

const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_people_companies': m0002,
  '0003_customer_database': m0003,
  '0004_customer_lists': m0004,
  '0005_duplicate_pairs': m0005,
  '0006_person_search': m0006,
  '0007_history': m0007,
  '0008_people_write_cost': m0008,
  '0009_imports': m0009,
  '0010_import_runs': m0010,
  '0011_search_grams_delete': m0011,
};

export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
