// The row trigger that keeps person_search_grams in step deletes a person's old grams by
// (workspace, gram = any(old grams), person). PL/pgSQL reuses a generic plan for it, and that plan
// matched the index on (workspace, person) only and filtered the grams: it read the workspace's whole
// part of the index, about 30 ms a person at 100,000 people, and an import or its undo changing a few
// thousand people spent minutes there. Planned afresh with each person's grams, it probes them directly.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter function person_search_updated() set plan_cache_mode = force_custom_plan`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter function person_search_updated() reset plan_cache_mode`.execute(db);
}
