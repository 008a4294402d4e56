import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconRadar } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../app/Loaded.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { isFinished, useJob } from '../jobs/api.ts';
import { useDismissPair, useDuplicatePairs, useStartScan, type DuplicatePair } from './api.ts';
import { PairCard } from './PairCard.tsx';

const pairKey = (pair: DuplicatePair) => `${pair.personA.personId}:${pair.personB.personId}`;

/** Likely duplicate people across the workspace (/duplicates): scan, review a pair, or call it two people. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const client = useQueryClient();
  const canEdit = roleAtLeast(session.role, 'member');
  const pairs = useDuplicatePairs();
  const scan = useStartScan();
  const dismiss = useDismissPair();
  const [jobRunId, setJobRunId] = useState<string | null>(null);
  const job = useJob(jobRunId);
  // One scan at a time from this page: a second click while one runs would only redo the same work.
  const scanning = scan.isPending || (jobRunId !== null && !job.isError && (job.data === undefined || !isFinished(job.data)));
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['duplicates'] }), [client]);

  const onDismiss = (pair: DuplicatePair) =>
    dismiss.mutate(
      { personAId: pair.personA.personId, personBId: pair.personB.personId },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('duplicates.dismissed', { a: pair.personA.displayName, b: pair.personB.displayName }) }) },
    );

  return (
    <>
      <PageHeader
        title={t('duplicates.title')}
        description={t('duplicates.description')}
        actions={
          canEdit ? (
            <Button leftSection={<IconRadar size={18} />} loading={scanning} onClick={() => scan.mutate(undefined, { onSuccess: (r) => setJobRunId(r.jobRunId) })}>
              {t('duplicates.scan')}
            </Button>
          ) : null
        }
      />
      <Stack>
        {jobRunId ? <JobProgress jobRunId={jobRunId} onSucceeded={reload} /> : null}
        <Loaded query={pairs}>
          {(data) => {
            const items = data.pages.flatMap((page) => page.items);
            if (items.length === 0) {
              return <EmptyPanel icon={IconCopy} title={t('duplicates.emptyTitle')} description={t('duplicates.emptyDescription')} />;
            }
            return (
              <Stack gap="sm">
                {items.map((pair) => (
                  <PairCard
                    key={pairKey(pair)}
                    pair={pair}
                    canEdit={canEdit}
                    dismissing={dismiss.isPending && dismiss.variables.personAId === pair.personA.personId && dismiss.variables.personBId === pair.personB.personId}
                    onDismiss={() => onDismiss(pair)}
                  />
                ))}
                <LoadMore hasMore={pairs.hasNextPage} loading={pairs.isFetchingNextPage} onLoad={() => void pairs.fetchNextPage()} />
              </Stack>
            );
          }}
        </Loaded>
      </Stack>
    </>
  );
}
