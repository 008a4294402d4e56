// The one-box search reads a narrow copy of each live person's search keys instead of the wide people
// rows. At a million people a two-character fragment held by 0.1–1 % of them made the index visit 1–10k
// scattered people rows, mostly not in memory (issue #3's benchmark: p95 91 ms); the copy is about a
// tenth of the size and stays cached. Triggers keep it in step with people, whatever writes them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table person_search (
      workspace_id uuid not null,
      person_id uuid not null,
      search_key text not null,
      search_bigrams text[] not null,
      primary key (workspace_id, person_id)
    );
    insert into person_search (workspace_id, person_id, search_key, search_bigrams)
      select workspace_id, person_id, search_key, search_bigrams from people where deleted_at is null;
    create index person_search_trgm_idx on person_search using gin (workspace_id, search_key gin_trgm_ops);
    create index person_search_bigram_idx on person_search using gin (workspace_id, search_bigrams);
    drop index people_search_idx;
    drop index people_search_bigram_idx;

    -- Inserts are copied per statement (one set-based insert for a whole batch of new people).
    create function person_search_inserted() returns trigger language plpgsql as $fn$
    begin
      insert into person_search (workspace_id, person_id, search_key, search_bigrams)
        select workspace_id, person_id, search_key, search_bigrams from inserted_people where deleted_at is null;
      return null;
    end $fn$;
    create trigger person_search_inserted after insert on people
      referencing new table as inserted_people for each statement execute function person_search_inserted();

    -- A changed key, a deletion (merge, delete) or its undo: per row, and only when one of those changed.
    create function person_search_updated() returns trigger language plpgsql as $fn$
    begin
      if new.deleted_at is null then
        insert into person_search (workspace_id, person_id, search_key, search_bigrams)
          values (new.workspace_id, new.person_id, new.search_key, new.search_bigrams)
          on conflict (workspace_id, person_id) do update set search_key = excluded.search_key, search_bigrams = excluded.search_bigrams;
      else
        delete from person_search where workspace_id = new.workspace_id and person_id = new.person_id;
      end if;
      return null;
    end $fn$;
    create trigger person_search_updated after update of search_key, search_bigrams, deleted_at on people for each row
      when (old.search_key is distinct from new.search_key or old.search_bigrams is distinct from new.search_bigrams
        or (old.deleted_at is null) <> (new.deleted_at is null))
      execute function person_search_updated();

    create function person_search_deleted() returns trigger language plpgsql as $fn$
    begin
      delete from person_search s using deleted_people d where s.workspace_id = d.workspace_id and s.person_id = d.person_id;
      return null;
    end $fn$;
    create trigger person_search_deleted after delete on people
      referencing old table as deleted_people for each statement execute function person_search_deleted();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger person_search_deleted on people;
    drop trigger person_search_updated on people;
    drop trigger person_search_inserted on people;
    drop function person_search_deleted();
    drop function person_search_updated();
    drop function person_search_inserted();
    create index people_search_idx on people using gin (workspace_id, search_key gin_trgm_ops);
    create index people_search_bigram_idx on people using gin (workspace_id, search_bigrams);
    drop table person_search;
  `.execute(db);
}
