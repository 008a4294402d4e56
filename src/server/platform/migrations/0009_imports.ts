// Imports (issue #5): a file uploaded once and kept in the database in 1 MiB chunks, so that checking and
// running it are background jobs any worker can pick up, and a run killed halfway resumes from its last
// committed batch; the mapping and options the user chose; and, per record the run touched, what undo
// needs (created: remove it; updated: the values before).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table imports (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      import_id uuid not null,
      entity_type text not null check (entity_type in ('person')),
      status text not null check (status in ('uploading', 'uploaded', 'checking', 'checked', 'running', 'done', 'failed', 'cancelled', 'undoing', 'undone')),
      file_name text not null,
      file_bytes bigint not null default 0,
      file_sha256 text,
      encoding text check (encoding in ('utf-8', 'cp932')),
      delimiter text check (delimiter in (',', '\t', ';')),
      headers jsonb not null default '[]',
      mapping jsonb not null default '[]',
      options jsonb not null default '{}',
      counts jsonb,
      preview jsonb,
      job_run_id uuid,
      error text,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      finished_at timestamptz,
      primary key (workspace_id, import_id)
    );
    create index imports_recent_idx on imports (workspace_id, import_id desc);

    create table import_file_chunks (
      workspace_id uuid not null,
      import_id uuid not null,
      chunk_no integer not null,
      bytes bytea not null,
      primary key (workspace_id, import_id, chunk_no),
      foreign key (workspace_id, import_id) references imports (workspace_id, import_id) on delete cascade
    );

    -- Not a foreign key to the record: undo must still work (and say so) when a record was since merged or deleted.
    create table import_changes (
      workspace_id uuid not null,
      import_id uuid not null,
      record_id uuid not null,
      change text not null check (change in ('created', 'updated')),
      before jsonb,
      primary key (workspace_id, import_id, record_id),
      foreign key (workspace_id, import_id) references imports (workspace_id, import_id) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table import_changes; drop table import_file_chunks; drop table imports;`.execute(db);
}
