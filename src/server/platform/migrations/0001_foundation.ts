// Workspaces, users and access, audit and background-job progress.
// Identity tables (users, sessions, login_throttle) are global by nature: a person signs in before
// choosing a workspace. Every other table leads its primary key and indexes with workspace_id.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workspaces (
      workspace_id uuid primary key,
      name text not null check (length(name) between 1 and 200),
      created_at timestamptz not null default now()
    );

    create table users (
      user_id uuid primary key,
      email text not null,
      email_key text not null unique,
      password_hash text not null,
      display_name text not null,
      locale text not null default 'ja' check (locale in ('ja', 'en')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table memberships (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      user_id uuid not null references users (user_id) on delete cascade,
      role text not null check (role in ('owner', 'admin', 'member', 'viewer')),
      created_at timestamptz not null default now(),
      primary key (workspace_id, user_id)
    );

    create table sessions (
      session_hash text primary key,
      user_id uuid not null references users (user_id) on delete cascade,
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      csrf_token text not null,
      ip text,
      user_agent text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions (user_id);

    -- Failed sign-ins per account key (normalised email): slows and then locks brute force.
    create table login_throttle (
      email_key text primary key,
      failures integer not null default 0,
      last_failure_at timestamptz,
      locked_until timestamptz
    );

    create table invitations (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      invitation_id uuid not null,
      email text not null,
      role text not null check (role in ('owner', 'admin', 'member', 'viewer')),
      secret_hash text not null,
      invited_by uuid references users (user_id) on delete set null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz,
      revoked_at timestamptz,
      primary key (workspace_id, invitation_id)
    );

    create table api_keys (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      api_key_id uuid not null,
      name text not null,
      role text not null check (role in ('owner', 'admin', 'member', 'viewer')),
      secret_hash text not null,
      prefix text not null,
      created_by uuid references users (user_id) on delete set null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      primary key (workspace_id, api_key_id)
    );

    -- Append-only; audit_id is a UUIDv7, so the primary key is also time order.
    create table audit_log (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      audit_id uuid not null,
      occurred_at timestamptz not null default now(),
      actor_user_id uuid,
      actor_api_key_id uuid,
      actor_label text not null,
      action text not null,
      entity_type text not null,
      entity_id text,
      ip text,
      user_agent text,
      request_id text,
      before jsonb,
      after jsonb,
      primary key (workspace_id, audit_id)
    );
    create index audit_log_entity_idx on audit_log (workspace_id, entity_type, entity_id, audit_id);
    create index audit_log_action_idx on audit_log (workspace_id, action, audit_id);

    -- Progress of long work (imports, sends, demo loads) that pages poll; pg-boss keeps the queue itself.
    create table job_runs (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      job_run_id uuid not null,
      kind text not null,
      status text not null check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
      done bigint not null default 0,
      total bigint,
      attempts integer not null default 0,
      error text,
      params jsonb not null default '{}',
      created_by uuid,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz,
      updated_at timestamptz not null default now(),
      primary key (workspace_id, job_run_id)
    );
  `.execute(db);
}
