// Likely duplicate people found by the workspace-wide scan (the duplicates page), and a staging table
// the scan fills one rule at a time before it replaces the pairs in one short transaction.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row per pair of people, the smaller id first, so a pair is stored once whichever way it was found.
    -- A dismissed pair ("not the same person") stays, so that a rescan does not bring it back.
    create table duplicate_pairs (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      person_a_id uuid not null,
      person_b_id uuid not null,
      score double precision not null check (score > 0 and score <= 1),
      reasons text[] not null,
      found_at timestamptz not null default now(),
      dismissed_at timestamptz,
      dismissed_by uuid,
      primary key (workspace_id, person_a_id, person_b_id),
      check (person_a_id < person_b_id),
      foreign key (workspace_id, person_a_id) references people (workspace_id, person_id) on delete cascade,
      foreign key (workspace_id, person_b_id) references people (workspace_id, person_id) on delete cascade
    );
    -- The list: open pairs by score, keyset-paged on (score, a, b).
    create index duplicate_pairs_list_idx on duplicate_pairs (workspace_id, score desc, person_a_id, person_b_id) where dismissed_at is null;
    -- Deleting a person deletes its pairs; the primary key serves person_a_id, this serves person_b_id.
    create index duplicate_pairs_b_idx on duplicate_pairs (workspace_id, person_b_id);

    -- Pairs found by one rule of a running scan, keyed by the scan. Unlogged: rebuilt by the next scan
    -- if lost, and not worth the write-ahead log at a million people.
    create unlogged table duplicate_scan_rows (
      workspace_id uuid not null,
      scan_id uuid not null,
      person_a_id uuid not null,
      person_b_id uuid not null,
      reason_bit integer not null
    );
    create index duplicate_scan_rows_scan_idx on duplicate_scan_rows (workspace_id, scan_id);
  `.execute(db);
}
