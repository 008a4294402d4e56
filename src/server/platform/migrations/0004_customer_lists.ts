// The customer list at a million rows: two-character search, sort orders that page by keyset with
// empty values last, saved views, and bulk changes that can be undone.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Trigrams cannot find a two-character fragment (田中, はな); a GIN index over the key's Japanese
    -- bigrams can (src/server/lib/japanese searchBigrams computes them on every write). Rows from before
    -- are filled here once by the same rule in SQL.
    alter table people add column search_bigrams text[] not null default '{}';
    update people set search_bigrams = coalesce((
      select array_agg(distinct pair) from (
        select substr(japanese, i, 2) as pair
        from (select regexp_replace(search_key, '[\x01-\x7f]+', ' ', 'g') as japanese) j, generate_series(1, length(japanese) - 1) as i
      ) pairs where position(' ' in pair) = 0
    ), '{}') where search_key <> '';
    create index people_search_bigram_idx on people using gin (workspace_id, search_bigrams);

    -- Sorting by 読み puts people without furigana after the rest; by last activity, never-active last.
    -- Kana keys sort by code point (collation "C"): あいうえお order with voiced kana beside their plain
    -- forms, the same on every server whatever its locale.
    drop index people_kana_sort_idx;
    create index people_kana_sort_idx on people (workspace_id, (kana_key = ''), (kana_key collate "C"), person_id) where deleted_at is null;
    drop index people_activity_idx;
    create index people_activity_idx on people (workspace_id, coalesce(last_activity_at, '-infinity'), person_id) where deleted_at is null;

    create table saved_views (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      view_id uuid not null,
      entity_type text not null check (entity_type in ('person', 'company')),
      name text not null,
      -- What the list shows: { q, filter, sort, columns }; checked by the contract when saved.
      definition jsonb not null,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, view_id)
    );
    create unique index saved_views_name_idx on saved_views (workspace_id, entity_type, lower(name));

    -- One row per bulk change, and each person's values before it, so that undo puts back exactly those.
    create table bulk_changes (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      bulk_change_id uuid not null,
      action jsonb not null,
      people_count integer not null,
      created_by uuid,
      created_at timestamptz not null default now(),
      undone_at timestamptz,
      primary key (workspace_id, bulk_change_id)
    );
    create table bulk_change_people (
      workspace_id uuid not null,
      bulk_change_id uuid not null,
      person_id uuid not null,
      before jsonb not null,
      primary key (workspace_id, bulk_change_id, person_id),
      foreign key (workspace_id, bulk_change_id) references bulk_changes (workspace_id, bulk_change_id) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table bulk_change_people;
    drop table bulk_changes;
    drop table saved_views;
    drop index people_activity_idx;
    create index people_activity_idx on people (workspace_id, last_activity_at, person_id) where deleted_at is null;
    drop index people_kana_sort_idx;
    create index people_kana_sort_idx on people (workspace_id, kana_key, person_id) where deleted_at is null;
    drop index people_search_bigram_idx;
    alter table people drop column search_bigrams;
  `.execute(db);
}
