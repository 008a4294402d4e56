import { Alert, Box, Button, EmptyState, Stack } from '@mantine/core';
import { IconAlertCircle, IconPlus, IconUserSearch, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { ApiError, describeError } from '../../app/problem.ts';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { usePhone } from '../../ui/usePhone.ts';
import { useUrlSearch } from '../../ui/useUrlSearch.ts';
import { useFields } from '../fields/api.ts';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { isFinished, rememberedJob, useJob } from '../jobs/api.ts';
import { useMembers } from '../members/api.ts';
import { usePeople, usePeopleCount } from './api.ts';
import { BulkBar } from './BulkBar.tsx';
import { DemoDataButton } from './DemoDataButton.tsx';
import { ExportButton } from './ExportButton.tsx';
import { filterFields, filterProblems } from './filterModel.ts';
import { FilterSummary } from './FilterSummary.tsx';
import { useGridColumns } from './gridColumns.tsx';
import { filterParam } from './listSetup.ts';
import { ListToolbar } from './ListToolbar.tsx';
import { PeopleCards } from './PeopleCards.tsx';
import { PeopleGrid } from './PeopleGrid.tsx';
import type { FromList } from './PersonHeader.tsx';
import { hasSelection, NOTHING, toggleLoaded, toggleOne, type Selection } from './selection.ts';
import { useListSetup } from './useListSetup.ts';

/**
 * The people (/people), for an office at a million customers: a saved view, one search box, a filter on any
 * field, an order and the columns, all kept in the address; a grid that draws only what is on screen and
 * fetches ahead; ticked rows, or everyone the list selects, changed at once with an undo.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useCurrentSession();
  const client = useQueryClient();
  const phone = usePhone();
  const list = useListSetup();
  const [text, setText, q] = useUrlSearch();
  const { setup } = list;
  const filter = filterParam(setup.filter);
  const people = usePeople({ q, filter, sort: setup.sort });
  const first = people.data?.pages[0];
  // The list counts its people only when they fit on the first page; beyond, counting takes longer than the
  // page, so the number is asked for after it.
  const exact = usePeopleCount({ q, filter }, first !== undefined && first.total === null);
  const fields = useFields('person');
  const members = useMembers();
  const ownerNames = new Map((members.data ?? []).map((m) => [m.userId, m.displayName]));
  const columns = useGridColumns(list.columns, fields.data ?? [], ownerNames);
  const allFilterFields = filterFields(fields.data ?? []);
  const fromList: FromList = { listSearch: useLocation().search };
  const canEdit = roleAtLeast(session.role, 'member');
  const canExport = roleAtLeast(session.role, 'admin');
  const [filterOpen, setFilterOpen] = useState(false);
  // A selection belongs to the list it was made in: a new search, filter or order starts without one.
  const listKey = `${q}|${filter ?? ''}|${setup.sort}`;
  const [picked, setPicked] = useState<{ listKey: string; selection: Selection }>({ listKey, selection: NOTHING });
  const selection = picked.listKey === listKey ? picked.selection : NOTHING;
  const select = (next: Selection) => setPicked({ listKey, selection: next });

  const [jobRunId, setJobRunId] = useState(() => rememberedJob(session.workspace.workspaceId));
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['people'] }), [client]);
  // The demo button stays away while a load runs (a second click would double the data), and comes
  // back after one failed, to try again.
  const job = useJob(jobRunId);
  const jobBusy = jobRunId !== null && !job.isError && (job.data === undefined || !isFinished(job.data));
  const { fetchNextPage } = people;
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);

  const narrowed = q !== '' || setup.filter !== null;
  const matching = first ? (first.total ?? exact.data ?? null) : null;
  // Until the number comes: at least those of the first page.
  const counted = matching ?? first?.items.length;
  const description = counted === undefined ? undefined : t(`people.${narrowed ? 'found' : 'total'}${matching === null ? 'Many' : ''}`, { formatted: formatNumber(counted, locale) });
  const problems = people.error instanceof ApiError ? filterProblems(people.error.problem.errors ?? []) : { byCondition: {}, other: [] };
  const rows = people.data?.pages.flatMap((page) => page.items) ?? [];
  const loadedIds = rows.map((r) => r.personId);

  const body = () => {
    if (!people.data) {
      if (people.isError && setup.filter && (problems.other.length > 0 || Object.keys(problems.byCondition).length > 0)) {
        return (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('people.filter.refused')}>
            <Stack gap="xs" align="flex-start">
              {[...problems.other, ...Object.values(problems.byCondition)].map((message) => (
                <div key={message}>{message}</div>
              ))}
              <Button size="xs" variant="default" onClick={() => setFilterOpen(true)}>
                {t('people.filter.edit')}
              </Button>
            </Stack>
          </Alert>
        );
      }
      return <QueryState error={people.isError ? describeError(people.error, t('errors.unexpected')) : null} onRetry={() => void people.refetch()} />;
    }
    if (rows.length === 0) {
      return narrowed ? (
        <EmptyPanel icon={IconUserSearch} title={t('people.noMatchTitle')} description={t(setup.filter ? 'people.noMatchFiltered' : 'people.noMatchDescription')} />
      ) : (
        <EmptyPanel icon={IconUsers} title={t('people.emptyTitle')} description={t('people.emptyDescription')}>
          {jobBusy ? null : (
            <EmptyState.Actions>
              <DemoDataButton onStarted={setJobRunId} />
            </EmptyState.Actions>
          )}
        </EmptyPanel>
      );
    }
    const Rows = phone ? PeopleCards : PeopleGrid;
    return (
      <Rows
        rows={rows}
        columns={columns}
        label={t('nav.people')}
        fromList={fromList}
        selection={canEdit ? selection : null}
        onToggle={(personId) => select(toggleOne(selection, personId, loadedIds))}
        onToggleLoaded={() => select(toggleLoaded(selection, loadedIds))}
        hasMore={people.hasNextPage}
        loadingMore={people.isFetchingNextPage}
        onLoadMore={loadMore}
      />
    );
  };

  return (
    <>
      <PageHeader
        title={list.view ? t('views.title', { list: t('nav.people'), view: list.view.name }) : t('nav.people')}
        description={description}
        actions={
          canEdit ? (
            <>
              {canExport && rows.length > 0 ? <ExportButton q={q} filter={filter ?? null} count={matching === null ? null : formatNumber(matching, locale)} /> : null}
              <Button component={Link} to="/people/new" leftSection={<IconPlus size={18} />}>
                {t('people.create')}
              </Button>
            </>
          ) : null
        }
      />
      {/* On a phone the bulk bar floats over the page's end: room is left for it, so the last rows can be reached. */}
      <Stack gap="sm" pb={phone && hasSelection(selection) ? 72 : 0}>
        {jobRunId ? <JobProgress jobRunId={jobRunId} onSucceeded={reload} /> : null}
        <ListToolbar
          list={list}
          search={{ text, setText, busy: people.isFetching && people.isPlaceholderData }}
          customFields={fields.data ?? []}
          filterFields={allFilterFields}
          problems={problems.byCondition}
          canEdit={canEdit}
          filterOpen={filterOpen}
          setFilterOpen={setFilterOpen}
        />
        {setup.filter ? (
          <FilterSummary
            filter={setup.filter}
            fields={allFilterFields}
            problems={problems.byCondition}
            onChange={(next) => list.change({ filter: next })}
            onEdit={() => setFilterOpen(true)}
          />
        ) : null}
        <Box>{body()}</Box>
      </Stack>
      {canEdit ? <BulkBar selection={selection} onSelect={select} setup={setup} loadedIds={loadedIds} hasMore={people.hasNextPage} matching={matching} /> : null}
    </>
  );
}
