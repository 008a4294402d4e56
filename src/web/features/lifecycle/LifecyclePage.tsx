import { Button, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalculator } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.ts';
import { submitTo } from '../../app/forms.ts';
import { currentLocale } from '../../app/i18n.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Section } from '../../ui/Section.tsx';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { isFinished, useJob } from '../jobs/api.ts';
import { useLifecycleRules, useRecomputeRfm, useSaveLifecycleRules } from './api.ts';

// The server's bounds (lifecycleRulesBody in src/common/history.ts), checked here too so the form answers at once.
const MIN_DAYS = 30;
const MAX_DAYS = 3650;

function LapseForm({ lapseAfterDays, canEdit }: { lapseAfterDays: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useSaveLifecycleRules();
  const form = useForm<{ lapseAfterDays: number | string }>({
    initialValues: { lapseAfterDays },
    validate: {
      lapseAfterDays: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= MIN_DAYS && value <= MAX_DAYS
          ? null
          : t('lifecycleRules.daysRange', { min: MIN_DAYS, max: formatNumber(MAX_DAYS, currentLocale()) }),
    },
  });
  const submit = submitTo(form, save, (values) => ({ lapseAfterDays: Number(values.lapseAfterDays) }), (rules) => {
    form.resetDirty({ lapseAfterDays: rules.lapseAfterDays });
    notifications.show({ color: 'teal', message: t('lifecycleRules.saved', { days: rules.lapseAfterDays }) });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NumberInput
          label={t('lifecycleRules.lapseAfterDays')}
          description={t('lifecycleRules.lapseHelp')}
          suffix={t('lifecycleRules.daysSuffix')}
          min={MIN_DAYS}
          max={MAX_DAYS}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          inputMode="numeric"
          // Only the box is narrow (days fit in a few digits); the help text above keeps the full width.
          styles={{ wrapper: { maxWidth: 240 } }}
          readOnly={!canEdit}
          variant={canEdit ? 'default' : 'filled'}
          {...form.getInputProps('lapseAfterDays')}
        />
        {canEdit ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('ui.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

/** The night's run started now, followed live until it is done; one run at a time from this page. */
function RecomputeRfm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const recompute = useRecomputeRfm();
  // The run changes scores (a record's figures) and may move customers to 離反 (the people lists).
  const reload = useCallback(
    () => void Promise.all([client.invalidateQueries({ queryKey: ['people'] }), client.invalidateQueries({ queryKey: ['history'] })]),
    [client],
  );
  const [jobRunId, setJobRunId] = useState<string | null>(null);
  const job = useJob(jobRunId);
  const running = recompute.isPending || (jobRunId !== null && !job.isError && (job.data === undefined || !isFinished(job.data)));
  return (
    <Stack>
      <Group justify="flex-end">
        <Button variant="light" leftSection={<IconCalculator size={18} />} loading={running} onClick={() => recompute.mutate(undefined, { onSuccess: (r) => setJobRunId(r.jobRunId) })}>
          {t('lifecycleRules.recompute')}
        </Button>
      </Group>
      {jobRunId ? <JobProgress jobRunId={jobRunId} onSucceeded={reload} /> : null}
    </Stack>
  );
}

/**
 * Lifecycle rules and RFM (/settings/lifecycle): after how many days without a purchase a customer counts
 * as lapsed, and the RFM scores, computed every night and on request. Admins change them; others read.
 */
export function LifecyclePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canEdit = roleAtLeast(session.role, 'admin');
  const rules = useLifecycleRules();
  return (
    <>
      <PageHeader title={t('lifecycleRules.title')} description={t('lifecycleRules.description')} />
      <Stack maw={640}>
        <Section title={t('lifecycleRules.lapseTitle')} description={t('lifecycleRules.lapseDescription')}>
          <Loaded query={rules}>{(data) => <LapseForm lapseAfterDays={data.lapseAfterDays} canEdit={canEdit} />}</Loaded>
        </Section>
        <Section title={t('lifecycleRules.rfmTitle')} description={t('lifecycleRules.rfmDescription')}>
          <Stack>
            <List size="sm" spacing={4}>
              <List.Item>{t('lifecycleRules.rfmR')}</List.Item>
              <List.Item>{t('lifecycleRules.rfmF')}</List.Item>
              <List.Item>{t('lifecycleRules.rfmM')}</List.Item>
            </List>
            <Text size="sm" c="dimmed">
              {t('lifecycleRules.rfmSchedule')}
            </Text>
            {canEdit ? <RecomputeRfm /> : null}
          </Stack>
        </Section>
      </Stack>
    </>
  );
}
