// History (issue #4): activities, the product catalogue, purchases with their lines, contracts, and the
// customer figures they drive. Activities and orders are append-mostly with time-ordered ids (UUIDv7),
// each with an index per person newest first, which is what the timeline pages by.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Where a contact happened (shop, event, web, phone …): a short list an admin keeps.
    create table touchpoints (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      touchpoint_id uuid not null,
      name text not null check (length(name) between 1 and 100),
      position integer not null default 0,
      archived_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (workspace_id, touchpoint_id)
    );
    create unique index touchpoints_name_idx on touchpoints (workspace_id, lower(name));

    create table activities (
      workspace_id uuid not null,
      activity_id uuid not null,
      person_id uuid not null,
      kind text not null check (kind in ('call', 'visit', 'email', 'event', 'inquiry', 'survey', 'dm', 'note')),
      occurred_at timestamptz not null,
      touchpoint_id uuid,
      staff_user_id uuid,
      body text check (length(body) <= 20000),
      -- What only some kinds have (a call's direction, duration and result; a survey's answers …), checked
      -- by the API's schema for the kind.
      details jsonb not null default '{}',
      custom jsonb not null default '{}',
      created_by uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, activity_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade,
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, touchpoint_id)
    );
    create index activities_person_idx on activities (workspace_id, person_id, occurred_at desc, activity_id desc);

    create table products (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      product_id uuid not null,
      code text not null check (length(code) between 1 and 100),
      name text not null check (length(name) between 1 and 200),
      name_kana text,
      category text,
      price bigint not null check (price >= 0),
      tax_rate smallint not null check (tax_rate in (0, 8, 10)),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (workspace_id, product_id),
      unique (workspace_id, code)
    );

    -- One order (購買). Amounts are whole yen, tax included. A return is an order of its own with negative
    -- amounts that names the order it returns. external_id (the register's or the shop's order number)
    -- makes a resent order a no-op.
    create table orders (
      workspace_id uuid not null,
      order_id uuid not null,
      person_id uuid not null,
      external_id text,
      ordered_at timestamptz not null,
      channel text not null check (channel in ('shop', 'ec', 'phone', 'event', 'other')),
      store text,
      payment_method text,
      total bigint not null,
      tax bigint not null default 0,
      points_used integer not null default 0,
      points_earned integer not null default 0,
      returns_order_id uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, order_id),
      unique (workspace_id, external_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade
    );
    create index orders_person_idx on orders (workspace_id, person_id, ordered_at desc, order_id desc);
    create index orders_returns_idx on orders (workspace_id, returns_order_id) where returns_order_id is not null;

    create table order_lines (
      workspace_id uuid not null,
      order_id uuid not null,
      line_no smallint not null,
      product_id uuid,
      product_code text,
      product_name text not null,
      quantity numeric(12, 3) not null,
      unit_price bigint not null,
      tax_rate smallint not null check (tax_rate in (0, 8, 10)),
      amount bigint not null,
      primary key (workspace_id, order_id, line_no),
      foreign key (workspace_id, order_id) references orders (workspace_id, order_id) on delete cascade
    );
    create index order_lines_product_idx on order_lines (workspace_id, product_id) where product_id is not null;

    create table contracts (
      workspace_id uuid not null,
      contract_id uuid not null,
      person_id uuid not null,
      plan text not null check (length(plan) between 1 and 200),
      status text not null check (status in ('active', 'cancelled', 'ended')),
      started_on date not null,
      renews_on date,
      cancelled_on date,
      cancel_reason text,
      amount bigint not null check (amount >= 0),
      period text not null check (period in ('month', 'year', 'once')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (workspace_id, contract_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade
    );
    create index contracts_person_idx on contracts (workspace_id, person_id, started_on desc);
    -- The renewals-due list.
    create index contracts_renewal_idx on contracts (workspace_id, renews_on, contract_id) where status = 'active';

    -- Figures per person, kept current by each write (never recomputed on read); RFM scores by the
    -- nightly job. A person with no purchase and no activity has no row.
    create table person_figures (
      workspace_id uuid not null,
      person_id uuid not null,
      first_purchase_at timestamptz,
      last_purchase_at timestamptz,
      purchase_count integer not null default 0,
      total_spend bigint not null default 0,
      contract_revenue bigint not null default 0,
      last_activity_by_kind jsonb not null default '{}',
      r_score smallint check (r_score between 1 and 5),
      f_score smallint check (f_score between 1 and 5),
      m_score smallint check (m_score between 1 and 5),
      scored_at timestamptz,
      updated_at timestamptz not null default now(),
      primary key (workspace_id, person_id),
      foreign key (workspace_id, person_id) references people (workspace_id, person_id) on delete cascade
    ) with (fillfactor = 70);
    -- No index beyond the key yet, and room left in each page: every order batch updates its buyers' rows,
    -- and an update that changes no indexed column stays in its page (HOT); with two more indexes the
    -- figures took 10–15 % of a batch in the benchmark. Filters on figures (segments) will add the indexes
    -- they need.

    -- Lifecycle rules of a workspace: how long without a purchase before a customer counts as lapsed
    -- (former). No row: the defaults.
    create table lifecycle_rules (
      workspace_id uuid not null primary key references workspaces (workspace_id) on delete cascade,
      lapse_after_days integer not null default 365 check (lapse_after_days between 30 and 3650),
      updated_at timestamptz not null default now()
    );

    -- Activities hold custom fields too (a visit's purpose, a call's campaign …).
    alter table custom_fields drop constraint custom_fields_entity_type_check,
      add constraint custom_fields_entity_type_check check (entity_type in ('person', 'company', 'activity'));
    alter table field_groups drop constraint field_groups_entity_type_check,
      add constraint field_groups_entity_type_check check (entity_type in ('person', 'company', 'activity'));

    -- Purchases from the register or the shop find their person by card number.
    create index people_member_number_idx on people (workspace_id, member_number) where member_number is not null and deleted_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index people_member_number_idx;
    delete from custom_fields where entity_type = 'activity';
    delete from field_groups where entity_type = 'activity';
    alter table custom_fields drop constraint custom_fields_entity_type_check,
      add constraint custom_fields_entity_type_check check (entity_type in ('person', 'company'));
    alter table field_groups drop constraint field_groups_entity_type_check,
      add constraint field_groups_entity_type_check check (entity_type in ('person', 'company'));
    drop table lifecycle_rules;
    drop table person_figures;
    drop table contracts;
    drop table order_lines;
    drop table orders;
    drop table products;
    drop table activities;
    drop table touchpoints;
  `.execute(db);
}
