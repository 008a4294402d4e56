import { Anchor, Button, EmptyState, Loader, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch, IconUserSearch, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { currentLocale } from '../../app/i18n.ts';
import { formatNumber } from '../../app/format.ts';
import { PagedTable } from '../../app/QueryTable.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import type { Column } from '../../ui/DataTable.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { isFinished, rememberedJob, useJob } from '../jobs/api.ts';
import { usePeople, type PersonListItem } from './api.ts';
import { DemoDataButton } from './DemoDataButton.tsx';
import type { FromList } from './PersonHeader.tsx';

const joinName = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ');
// Long enough not to search at every keystroke, short enough to feel immediate.
const SEARCH_DELAY_MS = 300;

/**
 * The search box, kept in the address as `?q=` so that a search survives opening a record and coming
 * back, and can be bookmarked. The box follows the address when it changes from outside (the navbar link).
 */
function useSearch(): [text: string, setText: (text: string) => void, q: string] {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    if (q !== text.trim()) setText(q);
  }
  const write = useDebouncedCallback((next: string) => setParams(next ? { q: next } : {}, { replace: true }), SEARCH_DELAY_MS);
  return [text, (next) => { setText(next); write(next.trim()); }, q];
}

export function PeoplePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const client = useQueryClient();
  const [text, setText, q] = useSearch();
  const fromList: FromList = { listSearch: useLocation().search };
  const people = usePeople(q);
  const canEdit = roleAtLeast(session.role, 'member');
  const [jobRunId, setJobRunId] = useState(() => rememberedJob(session.workspace.workspaceId));
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['people'] }), [client]);
  // The demo button stays away while a load runs (a second click would double the data), and comes
  // back after one failed, to try again.
  const job = useJob(jobRunId);
  const jobBusy = jobRunId !== null && !job.isError && (job.data === undefined || !isFinished(job.data));

  const columns: Column<PersonListItem>[] = [
    {
      key: 'name',
      header: t('people.name'),
      render: (p) => (
        <Anchor component={Link} to={`/people/${p.personId}`} state={fromList} fw={600} style={{ display: 'block' }}>
          {joinName(p.familyName, p.givenName)}
        </Anchor>
      ),
    },
    { key: 'kana', header: t('people.kana'), render: (p) => joinName(p.familyNameKana, p.givenNameKana) },
    { key: 'email', header: t('fields.email'), render: (p) => p.email ?? '' },
    { key: 'phone', header: t('people.phone'), render: (p) => p.phone ?? '', nowrap: true },
    { key: 'prefecture', header: t('people.prefecture'), render: (p) => p.prefecture ?? '', nowrap: true },
    { key: 'company', header: t('people.company'), render: (p) => p.companyName ?? '' },
  ];

  const first = people.data?.pages[0];
  const formatted = first && first.total !== null ? formatNumber(first.total, currentLocale()) : undefined;
  const searching = people.isFetching && people.isPlaceholderData;
  return (
    <>
      <PageHeader
        title={t('nav.people')}
        description={formatted === undefined ? undefined : q ? t('people.found', { formatted }) : t('people.total', { formatted })}
        actions={
          canEdit ? (
            <Button component={Link} to="/people/new" leftSection={<IconPlus size={18} />}>
              {t('people.create')}
            </Button>
          ) : null
        }
      />
      <Stack>
        {jobRunId ? <JobProgress jobRunId={jobRunId} onSucceeded={reload} /> : null}
        <TextInput
          type="search"
          size="md"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          aria-label={t('people.searchLabel')}
          placeholder={t('people.searchPlaceholder')}
          leftSection={<IconSearch size={18} />}
          rightSection={searching ? <Loader size="xs" aria-label={t('ui.loading')} /> : null}
        />
        <PagedTable
          query={people}
          label={t('nav.people')}
          columns={columns}
          rowKey={(p) => p.personId}
          empty={
            q ? (
              <EmptyPanel icon={IconUserSearch} title={t('people.noMatchTitle')} description={t('people.noMatchDescription')} />
            ) : (
              <EmptyPanel icon={IconUsers} title={t('people.emptyTitle')} description={t('people.emptyDescription')}>
                {jobBusy ? null : (
                  <EmptyState.Actions>
                    <DemoDataButton onStarted={setJobRunId} />
                  </EmptyState.Actions>
                )}
              </EmptyPanel>
            )
          }
        />
      </Stack>
    </>
  );
}
