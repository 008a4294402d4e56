import { EmptyState, Stack } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n.ts';
import { formatNumber } from '../../app/format.ts';
import { PagedTable } from '../../app/QueryTable.tsx';
import { useCurrentSession } from '../../app/session.ts';
import type { Column } from '../../ui/DataTable.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { isFinished, rememberedJob, useJob } from '../jobs/api.ts';
import { usePeople, type Person } from './api.ts';
import { DemoDataButton } from './DemoDataButton.tsx';

const joinName = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ');

export function PeoplePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const client = useQueryClient();
  const people = usePeople();
  const [jobRunId, setJobRunId] = useState(() => rememberedJob(session.workspace.workspaceId));
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['people'] }), [client]);
  // The demo button stays away while a load runs (a second click would double the data), and comes
  // back after one failed, to try again.
  const job = useJob(jobRunId);
  const jobBusy = jobRunId !== null && !job.isError && (job.data === undefined || !isFinished(job.data));

  const columns: Column<Person>[] = [
    { key: 'name', header: t('people.name'), render: (p) => joinName(p.familyName, p.givenName) || '—' },
    { key: 'kana', header: t('people.kana'), render: (p) => joinName(p.familyNameKana, p.givenNameKana) },
    { key: 'email', header: t('fields.email'), render: (p) => p.email ?? '' },
    { key: 'phone', header: t('people.phone'), render: (p) => p.phone ?? '', nowrap: true },
    { key: 'prefecture', header: t('people.prefecture'), render: (p) => p.prefecture ?? '', nowrap: true },
    { key: 'company', header: t('people.company'), render: (p) => p.companyName ?? '' },
  ];

  const total = people.data?.pages[0]?.total;
  return (
    <>
      <PageHeader
        title={t('nav.people')}
        description={total !== undefined ? t('people.total', { formatted: formatNumber(total, currentLocale()) }) : undefined}
      />
      <Stack>
        {jobRunId ? <JobProgress jobRunId={jobRunId} onSucceeded={reload} /> : null}
        <PagedTable
          query={people}
          label={t('nav.people')}
          columns={columns}
          rowKey={(p) => p.personId}
          empty={
            <EmptyPanel icon={IconUsers} title={t('people.emptyTitle')} description={t('people.emptyDescription')}>
              {jobBusy ? null : (
                <EmptyState.Actions>
                  <DemoDataButton onStarted={setJobRunId} />
                </EmptyState.Actions>
              )}
            </EmptyPanel>
          }
        />
      </Stack>
    </>
  );
}
