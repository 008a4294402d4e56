// Lists loaded from the server as a DataTable, with the loading and failed states until there is data.
import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from '@tanstack/react-query';
import { DataTable, type DataTableProps } from '../ui/DataTable.tsx';
import { LoadMore } from '../ui/LoadMore.tsx';
import { Loaded } from './Loaded.tsx';

type TableProps<Row> = Omit<DataTableProps<Row>, 'rows'>;

/** A list that comes whole (see useList). */
export function ListTable<Row>({ query, ...table }: TableProps<Row> & { query: UseQueryResult<Row[]> }) {
  return <Loaded query={query}>{(rows) => <DataTable {...table} rows={rows} />}</Loaded>;
}

/** A cursor-paged list (see useCursorPages): the pages loaded so far as one table, and a button for the next. */
export function PagedTable<Row>({ query, ...table }: TableProps<Row> & { query: UseInfiniteQueryResult<InfiniteData<{ items: Row[] }>> }) {
  return (
    <Loaded query={query}>
      {(data) => (
        <>
          <DataTable {...table} rows={data.pages.flatMap((page) => page.items)} />
          <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
        </>
      )}
    </Loaded>
  );
}
