// The first shape of the customer database: people and companies with Japanese names and addresses.
// The customers issue extends these tables (custom fields, notes, merge); this is what demo data needs.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table companies (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      company_id uuid not null,
      name text not null,
      name_kana text,
      corporate_number text,
      industry text,
      postal_code text,
      prefecture text,
      city text,
      address_line text,
      phone text,
      website text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (workspace_id, company_id)
    );

    create table people (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      person_id uuid not null,
      family_name text not null,
      given_name text,
      family_name_kana text,
      given_name_kana text,
      email text,
      phone text,
      birthday date,
      gender text check (gender in ('female', 'male', 'other', 'unknown')),
      postal_code text,
      prefecture text,
      city text,
      address_line text,
      building text,
      company_id uuid,
      job_title text,
      lifecycle_stage text not null default 'prospect' check (lifecycle_stage in ('prospect', 'customer', 'former')),
      source text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (workspace_id, person_id),
      foreign key (workspace_id, company_id) references companies (workspace_id, company_id) on delete set null (company_id)
    );
    create index people_kana_idx on people (workspace_id, family_name_kana, given_name_kana, person_id);
    create index people_company_idx on people (workspace_id, company_id);
  `.execute(db);
}
