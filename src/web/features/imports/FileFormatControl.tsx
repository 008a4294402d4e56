import { Button, Collapse, Group, Paper, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Import } from './api.ts';
import { ChooseAgain } from './ChooseAgain.tsx';
import { useReread } from './useReread.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

type Encoding = NonNullable<Import['encoding']>;
type Delimiter = NonNullable<Import['delimiter']>;
const ENCODINGS: Encoding[] = ['cp932', 'utf-8'];
const DELIMITERS: { value: Delimiter; key: 'comma' | 'tab' | 'semicolon' }[] = [
  { value: ',', key: 'comma' }, { value: '\t', key: 'tab' }, { value: ';', key: 'semicolon' },
];

/**
 * What was read from the file (its encoding and delimiter) and, for when that was wrong — garbled text,
 * every value in one column — a choice of both and a second reading. The second reading is a new import;
 * the first, which wrote nothing, is discarded.
 */
export function FileFormatControl({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [encoding, setEncoding] = useState<Encoding>(imp.encoding ?? 'cp932');
  const [delimiter, setDelimiter] = useState<Delimiter>(imp.delimiter ?? ',');
  const { reread: rereadAs, progress, pending, error, file } = useReread(imp);
  const delimiterKey = DELIMITERS.find((d) => d.value === imp.delimiter)?.key ?? 'comma';
  const reread = (chosen: File) => rereadAs(chosen, { encoding, delimiter });
  // A workbook has neither: there is nothing to choose.
  if (imp.encoding === null) return null;

  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          {t('imports.format.summary', {
            encoding: imp.encoding ? t(`imports.format.encodings.${imp.encoding}`) : '—',
            delimiter: t(`imports.format.delimiters.${delimiterKey}`),
          })}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          rightSection={open ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
        >
          {t('imports.format.toggle')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack gap="sm" mt="sm">
          <Text size="sm" c="dimmed">
            {t('imports.format.help')}
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('imports.format.encoding')}</Text>
            <SegmentedControl
              aria-label={t('imports.format.encoding')}
              value={encoding}
              onChange={(v) => setEncoding(v as Encoding)}
              data={ENCODINGS.map((e) => ({ value: e, label: t(`imports.format.encodings.${e}`) }))}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('imports.format.delimiter')}</Text>
            <SegmentedControl
              aria-label={t('imports.format.delimiter')}
              value={delimiter}
              onChange={(v) => setDelimiter(v as Delimiter)}
              data={DELIMITERS.map((d) => ({ value: d.value, label: t(`imports.format.delimiters.${d.key}`) }))}
            />
          </Stack>
          {progress !== null ? <Progress value={Math.round(progress * 100)} animated aria-label={t('imports.file.uploading')} /> : null}
          {file ? (
            <Button variant="light" leftSection={<IconRefresh size={18} />} loading={pending} onClick={() => reread(file)}>
              {t('imports.format.reread')}
            </Button>
          ) : (
            <ChooseAgain hint={t('imports.format.chooseAgainHint')} pending={pending} onChosen={reread} />
          )}
          {error ? (
            <ErrorAlert>
              {error}
            </ErrorAlert>
          ) : null}
        </Stack>
      </Collapse>
    </Paper>
  );
}
