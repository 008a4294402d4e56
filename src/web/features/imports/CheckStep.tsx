import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { Section } from '../../ui/Section.tsx';
import { StickyActions } from '../../ui/StickyActions.tsx';
import { IMPORT_ROW_KINDS } from '../../../common/imports.ts';
import { invalidRowsUrl, useRunImport, useStartCheck, type Import } from './api.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { PreviewRows } from './PreviewRows.tsx';
import { Tiles } from './Tiles.tsx';

const TILE_COLORS = { new: 'teal', update: 'ai', duplicateInFile: 'orange', invalid: 'red' } as const;

/** 確認: every row read while the check runs, then what an import would do, before anything is written. */
export function CheckStep({ imp, onRemap }: { imp: Import; onRemap: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const run = useRunImport(imp.importId);
  const recheck = useStartCheck(imp.importId);
  const counts = imp.counts;
  const n = (value: number) => formatNumber(value, locale);

  if (imp.status === 'checking' || !counts) {
    return (
      <Section title={t('imports.check.checking')} description={t('imports.check.nothingWritten')}>
        <ImportProgress jobRunId={imp.jobRunId} active label={t('imports.check.checking')} />
      </Section>
    );
  }

  // A run with invalid rows needs the user's word that they may be left out (the server refuses it too).
  const blocked = counts.invalid > 0 && !imp.options.keepValid;
  const updates = imp.options.mode === 'skip' ? 0 : counts.update;
  return (
    <Stack gap="lg">
      <Section title={t('imports.check.title')} description={t('imports.check.summary', { rows: n(counts.rows) })}>
        <Stack gap="md">
          <Tiles
            tiles={IMPORT_ROW_KINDS.map((kind) => ({
              key: kind, label: t(`imports.kinds.${kind}`), value: counts[kind], color: TILE_COLORS[kind], hint: t(`imports.kindHints.${kind}`),
            }))}
          />
          {counts.nameNotSplit > 0 ? (
            <Alert color="ai" variant="light" icon={<IconInfoCircle size={18} />}>
              {t('imports.check.nameNotSplit', { rows: n(counts.nameNotSplit) })}
            </Alert>
          ) : null}
          {blocked ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('imports.check.blockedTitle')}>
              <Stack gap="sm" align="flex-start">
                <Text size="sm">{t('imports.check.blocked', { rows: n(counts.invalid) })}</Text>
                <Button size="sm" variant="default" loading={recheck.isPending} onClick={() => recheck.mutate({ ...imp.options, keepValid: true })}>
                  {t('imports.check.recheckKeepValid')}
                </Button>
              </Stack>
            </Alert>
          ) : null}
          {counts.invalid > 0 ? (
            <Button component="a" href={invalidRowsUrl(imp.importId)} download variant="light" color="red" leftSection={<IconDownload size={18} />} style={{ alignSelf: 'flex-start' }}>
              {t('imports.check.downloadInvalid', { rows: n(counts.invalid) })}
            </Button>
          ) : null}
        </Stack>
      </Section>
      <Section title={t('imports.preview.title')} description={t('imports.preview.description')}>
        <PreviewRows imp={imp} />
      </Section>
      <StickyActions
        notice={
          <Text size="sm">
            {imp.options.mode === 'skip'
              ? t('imports.check.willWriteSkip', { created: n(counts.new), skipped: n(counts.update) })
              : t('imports.check.willWrite', { created: n(counts.new), updated: n(updates) })}
          </Text>
        }
      >
        <Button variant="default" onClick={onRemap}>
          {t('imports.check.remap')}
        </Button>
        <Button leftSection={<IconPlayerPlay size={18} />} loading={run.isPending} disabled={blocked} onClick={() => run.mutate(undefined)}>
          {t('imports.check.run')}
        </Button>
      </StickyActions>
    </Stack>
  );
}
