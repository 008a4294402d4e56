import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconPlayerStop, IconUpload, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { Section } from '../../ui/Section.tsx';
import { useCancelImport, useUndoImport, type Import } from './api.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { isBusy, runStatus } from './steps.ts';
import { Tiles } from './Tiles.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

const RESULT_TILES = [
  { key: 'created', color: 'teal' }, { key: 'updated', color: 'ai' }, { key: 'merged', color: 'orange' },
  { key: 'skipped', color: 'gray' }, { key: 'invalid', color: 'red' },
] as const;

/** 取り込み: the run's progress, then what it wrote, with 取り消す while it can still be taken back. */
export function RunStep({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const cancel = useCancelImport(imp.importId);
  const undo = useUndoImport(imp.importId);
  const [confirming, setConfirming] = useState(false);
  const n = (value: number) => formatNumber(value, locale);
  const status = imp.status;
  const result = imp.result;

  return (
    <Stack gap="lg">
      <Section title={t(`imports.run.heading.${runStatus(status)}`)}>
        <Stack gap="md">
          <ImportProgress
            // The undo is a job of its own: its pace starts afresh.
            key={imp.jobRunId}
            jobRunId={imp.jobRunId}
            active={isBusy(status)}
            label={t(status === 'undoing' || status === 'undone' ? 'imports.run.undoProgress' : 'imports.run.progress')}
            color={status === 'cancelled' ? 'orange' : status === 'failed' ? 'red' : undefined}
          />
          {status === 'running' ? (
            <Group>
              <Button variant="default" color="red" leftSection={<IconPlayerStop size={18} />} loading={cancel.isPending} onClick={() => cancel.mutate(undefined)}>
                {t('imports.run.cancel')}
              </Button>
              <Text size="sm" c="dimmed">{t('imports.run.cancelHint')}</Text>
            </Group>
          ) : null}
          {status === 'failed' ? (
            <ErrorAlert title={t('imports.run.failed')}>
              {imp.error ?? ''}
            </ErrorAlert>
          ) : null}
          {status === 'cancelled' ? (
            <Alert color="orange" variant="light" icon={<IconPlayerStop size={18} />}>
              {t('imports.run.cancelled', { rows: n(result?.rowsDone ?? 0) })}
            </Alert>
          ) : null}
          {status === 'undone' ? (
            <Alert color="gray" variant="light" icon={<IconArrowBackUp size={18} />}>
              {t('imports.run.undone')}
            </Alert>
          ) : null}
          {status === 'done' ? (
            <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
              {t('imports.run.done', { rows: n(result?.rowsDone ?? 0) })}
            </Alert>
          ) : null}
        </Stack>
      </Section>
      {result ? (
        <Section title={t(status === 'undone' ? 'imports.run.resultTitleUndone' : 'imports.run.resultTitle')}>
          <Tiles tiles={RESULT_TILES.map((tile) => ({ key: tile.key, label: t(`imports.results.${tile.key}`), value: result[tile.key], color: tile.color }))} />
        </Section>
      ) : null}
      <Group gap="sm">
        {imp.canUndo ? (
          <Button color="red" variant="light" leftSection={<IconArrowBackUp size={18} />} onClick={() => setConfirming(true)}>
            {t('imports.run.undo')}
          </Button>
        ) : null}
        <Button component={Link} to="/people" variant="default" leftSection={<IconUsers size={18} />}>
          {t('imports.run.openPeople')}
        </Button>
        <Button component={Link} to="/imports/new" variant="default" leftSection={<IconUpload size={18} />}>
          {t('imports.run.another')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('imports.run.undoTitle')}
        message={t('imports.run.undoMessage', { created: n(result?.created ?? 0), updated: n(result?.updated ?? 0) })}
        confirmLabel={t('imports.run.undoConfirm')}
        loading={undo.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => undo.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      />
    </Stack>
  );
}
