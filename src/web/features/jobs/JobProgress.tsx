import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconLoader2 } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, translateDynamic } from '../../app/i18n.ts';
import { formatNumber } from '../../app/format.ts';
import { isFinished, useJob } from './api.ts';

interface JobProgressProps {
  jobRunId: string;
  /** Called when a job this page watched running ends well, so the page can reload what it changed. */
  onSucceeded?: () => void;
}

/**
 * Live progress of a background job (demo data, later imports and sends). A job that had already
 * succeeded before the page opened is old news and is not shown; a failure is shown until dismissed
 * by starting anew, because someone has to know.
 */
export function JobProgress({ jobRunId, onSucceeded }: JobProgressProps) {
  const { t } = useTranslation();
  const job = useJob(jobRunId).data;
  const [watchedRunning, setWatchedRunning] = useState(false);
  const running = job !== undefined && !isFinished(job);
  if (running && !watchedRunning) setWatchedRunning(true);

  useEffect(() => {
    if (watchedRunning && job?.status === 'succeeded') onSucceeded?.();
  }, [watchedRunning, job?.status, onSucceeded]);

  if (!job || (job.status === 'succeeded' && !watchedRunning)) return null;
  const locale = currentLocale();
  const kind = translateDynamic(`jobs.kind.${job.kind}`, job.kind);

  if (job.status === 'failed' || job.status === 'cancelled') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t(`jobs.status.${job.status}`, { kind })}>
        {job.error ?? ''}
      </Alert>
    );
  }
  const percent = job.total ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  const finished = isFinished(job);
  return (
    <Alert
      color={finished ? 'teal' : 'ai'}
      variant="light"
      icon={finished ? <IconCircleCheck size={18} /> : <IconLoader2 size={18} />}
      title={t(`jobs.status.${job.status}`, { kind })}
      data-testid="job-progress"
    >
      <Stack gap={6}>
        <Progress value={finished ? 100 : percent} animated={!finished} color={finished ? 'teal' : undefined} aria-label={kind} />
        <Group justify="space-between">
          <Text size="sm">
            {job.total
              ? t('jobs.count', { done: formatNumber(job.done, locale), total: formatNumber(job.total, locale) })
              : formatNumber(job.done, locale)}
          </Text>
          {job.total ? <Text size="sm" c="dimmed">{percent}%</Text> : null}
        </Group>
      </Stack>
    </Alert>
  );
}
