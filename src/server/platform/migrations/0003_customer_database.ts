// The customer database: people and companies with several emails and phones, tags, notes, lifecycle
// history and custom fields. Search and dedup keys are computed by src/server/lib/japanese (one owner
// of normalisation) and stored beside the values they come from; values are stored as typed.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Trigram search on keys, with workspace_id leading the same GIN index (btree_gin).
    create extension if not exists pg_trgm;
    create extension if not exists btree_gin;

    alter table people
      add column member_number text,
      add column preferred_channel text check (preferred_channel in ('email', 'dm', 'phone', 'line', 'shop')),
      add column owner_user_id uuid,
      add column department text,
      add column family_notes text,
      add column interests text,
      add column lifecycle_changed_at timestamptz not null default now(),
      add column last_activity_at timestamptz,
      add column custom jsonb not null default '{}',
      -- Normalised name, furigana, email, phone, company and card number, for one-box search.
      add column search_key text not null default '',
      -- Furigana in one kana form, for sorting by 読み.
      add column kana_key text not null default '',
      add column name_key text not null default '',
      add column deleted_at timestamptz,
      add column merged_into uuid;
    create index people_search_idx on people using gin (workspace_id, search_key gin_trgm_ops);
    create index people_kana_sort_idx on people (workspace_id, kana_key, person_id) where deleted_at is null;
    create index people_created_idx on people (workspace_id, created_at, person_id) where deleted_at is null;
    create index people_updated_idx on people (workspace_id, updated_at, person_id) where deleted_at is null;
    create index people_activity_idx on people (workspace_id, last_activity_at, person_id) where deleted_at is null;
    create index people_lifecycle_idx on people (workspace_id, lifecycle_stage, person_id) where deleted_at is null;
    create index people_owner_idx on people (workspace_id, owner_user_id, person_id) where deleted_at is null;
    create index people_prefecture_idx on people (workspace_id, prefecture, person_id) where deleted_at is null;
    create index people_name_key_idx on people (workspace_id, name_key) where deleted_at is null;
    create index people_custom_idx on people using gin (workspace_id, custom jsonb_path_ops);

    create table person_emails (
      workspace_id uuid not null,
      person_id uuid not null,
      email_id uuid not null,
      email text not null,
      email_key text not null,
      label text,
      is_primary boolean not null default false,
      position integer not null default 0,
      primary key (workspace_id, email_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade
    );
    create index person_emails_person_idx on person_emails (workspace_id, person_id);
    create index person_emails_key_idx on person_emails (workspace_id, email_key);

    create table person_phones (
      workspace_id uuid not null,
      person_id uuid not null,
      phone_id uuid not null,
      e164 text not null,
      display text not null,
      label text,
      is_primary boolean not null default false,
      position integer not null default 0,
      primary key (workspace_id, phone_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade
    );
    create index person_phones_person_idx on person_phones (workspace_id, person_id);
    create index person_phones_key_idx on person_phones (workspace_id, e164);

    create table person_accounts (
      workspace_id uuid not null,
      person_id uuid not null,
      account_id uuid not null,
      service text not null,
      handle text not null,
      primary key (workspace_id, account_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade
    );
    create index person_accounts_person_idx on person_accounts (workspace_id, person_id);

    create table tags (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      tag_id uuid not null,
      name text not null,
      name_key text not null,
      color text,
      created_at timestamptz not null default now(),
      primary key (workspace_id, tag_id),
      unique (workspace_id, name_key)
    );

    create table person_tags (
      workspace_id uuid not null,
      person_id uuid not null,
      tag_id uuid not null,
      tagged_at timestamptz not null default now(),
      primary key (workspace_id, person_id, tag_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade,
      foreign key (workspace_id, tag_id) references tags (workspace_id, tag_id) on delete cascade
    );
    create index person_tags_tag_idx on person_tags (workspace_id, tag_id, person_id);

    -- 大福帳 notes: dated, authored free text about a person.
    create table person_notes (
      workspace_id uuid not null,
      note_id uuid not null,
      person_id uuid not null,
      author_user_id uuid,
      author_label text not null,
      body text not null check (length(body) between 1 and 20000),
      noted_on date not null default current_date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, note_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade
    );
    create index person_notes_person_idx on person_notes (workspace_id, person_id, noted_on desc, note_id);

    create table lifecycle_changes (
      workspace_id uuid not null,
      change_id uuid not null,
      person_id uuid not null,
      from_stage text,
      to_stage text not null,
      changed_at timestamptz not null default now(),
      changed_by uuid,
      primary key (workspace_id, change_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade
    );
    create index lifecycle_changes_person_idx on lifecycle_changes (workspace_id, person_id, changed_at);

    alter table companies
      add column representative text,
      add column business_description text,
      add column capital bigint,
      add column employees integer,
      add column listed boolean,
      add column fiscal_month smallint check (fiscal_month between 1 and 12),
      add column building text,
      add column custom jsonb not null default '{}',
      add column name_key text not null default '',
      add column search_key text not null default '',
      add column deleted_at timestamptz;
    create index companies_name_key_idx on companies (workspace_id, name_key) where deleted_at is null;
    create index companies_corporate_number_idx on companies (workspace_id, corporate_number) where corporate_number is not null;
    create index companies_search_idx on companies using gin (workspace_id, search_key gin_trgm_ops);

    -- Custom fields: definitions per workspace and entity; values live in the record's custom jsonb,
    -- keyed by field_id, choices by option_id (so renaming an option never touches records).
    create table field_groups (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      group_id uuid not null,
      entity_type text not null check (entity_type in ('person', 'company')),
      name text not null,
      position integer not null default 0,
      primary key (workspace_id, group_id)
    );

    create table custom_fields (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      field_id uuid not null,
      entity_type text not null check (entity_type in ('person', 'company')),
      label text not null,
      type text not null check (type in ('text', 'long_text', 'number', 'currency', 'date', 'boolean', 'url', 'email', 'phone', 'single_choice', 'multiple_choice')),
      group_id uuid,
      position integer not null default 0,
      required boolean not null default false,
      archived_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (workspace_id, field_id)
    );

    create table custom_field_options (
      workspace_id uuid not null,
      field_id uuid not null,
      option_id uuid not null,
      label text not null,
      color text,
      position integer not null,
      archived_at timestamptz,
      primary key (workspace_id, option_id),
      foreign key (workspace_id, field_id) references custom_fields (workspace_id, field_id) on delete cascade
    );
    create index custom_field_options_field_idx on custom_field_options (workspace_id, field_id, position);

    -- A merge keeps what it needs to be undone: both records as they were and every row it moved.
    create table person_merges (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      merge_id uuid not null,
      survivor_id uuid not null,
      merged_id uuid not null,
      snapshot jsonb not null,
      moved jsonb not null,
      merged_by uuid,
      merged_at timestamptz not null default now(),
      undone_at timestamptz,
      primary key (workspace_id, merge_id)
    );
  `.execute(db);
}
