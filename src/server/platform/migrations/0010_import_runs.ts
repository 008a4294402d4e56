// Import runs (issue #5): what a run has written so far (its resume point, kept in the same transaction as
// each batch), which sheet of an .xlsx was read, and the companies and tags a run created, so that undo can
// remove them too.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table imports
      add column file_type text not null default 'csv' check (file_type in ('csv', 'xlsx')),
      add column sheet text,
      add column result jsonb;
    alter table import_changes
      add column record_type text not null default 'person' check (record_type in ('person', 'company', 'tag'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table import_changes drop column record_type;
    alter table imports drop column result, drop column sheet, drop column file_type;
  `.execute(db);
}
