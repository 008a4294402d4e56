// Every index on people is paid by every write to it: a purchase that makes a prospect a customer, an
// import, a merge. people_kana_idx (family and given furigana, from 0002) has had no reader since the
// list sorts by kana_key (people_kana_sort_idx, 0004), and at a million people it was 123 MB that each
// stage change still had to update.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists people_kana_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index people_kana_idx on people (workspace_id, family_name_kana, given_name_kana, person_id)`.execute(db);
}
