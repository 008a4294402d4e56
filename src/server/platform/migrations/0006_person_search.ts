// The one-box search reads narrow copies of each live person's search keys instead of the wide people
// rows. At a million people a two-character fragment held by 0.1–1 % of them made the bigram GIN index
// visit 1–10k scattered people rows (issue #3's benchmark: p95 57–91 ms), and a GIN index cannot hand
// back its matches newest first. So:
// - person_search_grams: one row per (bigram, person), a btree in (workspace, bigram, person) order. The
//   newest matches of a two-character fragment are the last entries of one index range: an index-only
//   scan reads just the page's worth, however common the fragment (0.1 ms at 1M).
// - person_search: the search key alone, with its trigram index, for fragments of three characters and
//   more (and digits), which the trigram index narrows well.
// Triggers keep both in step with people, whatever writes them (single edits, bulk loads, merges, deletes).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table person_search (
      workspace_id uuid not null,
      person_id uuid not null,
      search_key text not null,
      primary key (workspace_id, person_id)
    );
    create table person_search_grams (
      workspace_id uuid not null,
      gram text not null,
      person_id uuid not null,
      primary key (workspace_id, gram, person_id)
    );
    insert into person_search (workspace_id, person_id, search_key)
      select workspace_id, person_id, search_key from people where deleted_at is null;
    insert into person_search_grams (workspace_id, gram, person_id)
      select distinct p.workspace_id, g.gram, p.person_id from people p, unnest(p.search_bigrams) as g(gram) where p.deleted_at is null;
    create index person_search_trgm_idx on person_search using gin (workspace_id, search_key gin_trgm_ops);
    analyze person_search;
    analyze person_search_grams;
    drop index people_search_idx;
    drop index people_search_bigram_idx;

    -- Inserts are copied per statement: one set-based insert for a whole batch of new people.
    create function person_search_inserted() returns trigger language plpgsql as $fn$
    begin
      insert into person_search (workspace_id, person_id, search_key)
        select workspace_id, person_id, search_key from inserted_people where deleted_at is null;
      insert into person_search_grams (workspace_id, gram, person_id)
        select distinct i.workspace_id, g.gram, i.person_id from inserted_people i, unnest(i.search_bigrams) as g(gram) where i.deleted_at is null;
      return null;
    end $fn$;
    create trigger person_search_inserted after insert on people
      referencing new table as inserted_people for each statement execute function person_search_inserted();

    -- A changed key, a deletion (merge, delete) or its undo: per row, and only when one of those changed.
    create function person_search_updated() returns trigger language plpgsql as $fn$
    begin
      -- By the old bigrams, which the primary key (workspace, gram, person) finds directly.
      delete from person_search_grams where workspace_id = old.workspace_id and gram = any(old.search_bigrams) and person_id = old.person_id;
      if new.deleted_at is null then
        insert into person_search (workspace_id, person_id, search_key) values (new.workspace_id, new.person_id, new.search_key)
          on conflict (workspace_id, person_id) do update set search_key = excluded.search_key;
        insert into person_search_grams (workspace_id, gram, person_id)
          select distinct new.workspace_id, g.gram, new.person_id from unnest(new.search_bigrams) as g(gram);
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
      delete from person_search_grams s using deleted_people d, unnest(d.search_bigrams) as g(gram)
        where s.workspace_id = d.workspace_id and s.gram = g.gram and s.person_id = d.person_id;
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
    drop table person_search_grams;
    drop table person_search;
  `.execute(db);
}
