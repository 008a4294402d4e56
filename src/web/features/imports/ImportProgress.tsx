import { Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { isFinished, useJob } from '../jobs/api.ts';
import { addSample, averageRate, roughDuration, roundRate, rowsPerSecond, secondsLeft, type ProgressSample } from './progress.ts';

/** The pace of a job from its polls: each answer (by the time it came) adds a sample. */
function usePace(done: number | undefined, answeredAt: number): number | null {
  const [samples, setSamples] = useState<ProgressSample[]>([]);
  // Adjusted while rendering, as React advises for state derived from a changing input.
  if (done !== undefined && answeredAt > 0 && samples.at(-1)?.at !== answeredAt) setSamples(addSample(samples, { at: answeredAt, done }));
  return rowsPerSecond(samples);
}

interface ImportProgressProps {
  jobRunId: string | null;
  /**
   * Whether the import still waits on the job. Once it stopped (cancelled, failed), the job's last numbers
   * stand as they are: no time left is promised, and the bar no longer moves.
   */
  active: boolean;
  /** What the bar stands for, read out with it (取り込みの進み具合). */
  label: string;
  color?: string;
}

/**
 * The progress of an import's job: rows done of all, the pace (rows a second) and the time left while it
 * runs, the average pace once it has finished. The total is unknown while a check reads the file.
 */
export function ImportProgress({ jobRunId, active, label, color }: ImportProgressProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = useJob(jobRunId);
  const job = query.data;
  const rate = usePace(job?.done, query.dataUpdatedAt);
  if (!job) return <Loader size="sm" aria-label={t('ui.loading')} />;

  const finished = isFinished(job);
  const moving = active && !finished;
  const succeeded = job.status === 'succeeded';
  const percent = job.total ? Math.min(100, Math.floor((job.done / job.total) * 100)) : succeeded ? 100 : null;
  const pace = finished ? averageRate(job.done, job.createdAt, job.finishedAt) : moving ? rate : null;
  const left = moving ? secondsLeft(job.done, job.total, rate) : null;
  const duration = left === null ? null : roughDuration(left);
  const n = (value: number) => formatNumber(value, locale);

  return (
    <Stack gap={6} data-testid="import-progress">
      <Progress
        value={percent ?? 100}
        animated={moving}
        striped={percent === null && moving}
        color={color ?? (succeeded ? 'teal' : undefined)}
        size="lg"
        aria-label={label}
      />
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {job.total !== null ? t('imports.progress.count', { done: n(job.done), total: n(job.total) }) : t('imports.progress.read', { done: n(job.done) })}
        </Text>
        {percent !== null ? <Text size="sm" fw={600}>{`${percent}%`}</Text> : null}
      </Group>
      <Group gap="md" wrap="wrap">
        {pace !== null ? (
          <Text size="sm" c="dimmed">
            {t(finished ? 'imports.progress.averageRate' : 'imports.progress.rate', { rate: n(roundRate(pace)) })}
          </Text>
        ) : null}
        {duration ? (
          <Text size="sm" c="dimmed">
            {duration.unit === 'seconds'
              ? t('imports.progress.leftSeconds', { seconds: n(duration.seconds) })
              : duration.unit === 'minutes'
                ? t('imports.progress.leftMinutes', { minutes: n(duration.minutes) })
                : t('imports.progress.leftHours', { hours: n(duration.hours), minutes: n(duration.minutes) })}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
