import { Alert, Button, Collapse, FileButton, Group, Paper, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconChevronDown, IconChevronUp, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../app/problem.ts';
import { useDiscardImport, useUploadImport, type Import } from './api.ts';
import { forgetFile, rememberedFile, rememberFile } from './chosenFiles.ts';
import { messagesOf } from './mapping.ts';

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
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [encoding, setEncoding] = useState<Encoding>(imp.encoding ?? 'cp932');
  const [delimiter, setDelimiter] = useState<Delimiter>(imp.delimiter ?? ',');
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useUploadImport(setProgress);
  const discard = useDiscardImport();
  const file = rememberedFile(imp.importId);
  const delimiterKey = DELIMITERS.find((d) => d.value === imp.delimiter)?.key ?? 'comma';

  const reread = (chosen: File) => {
    setProgress(0);
    upload.mutate(
      { file: chosen, format: { encoding, delimiter } },
      {
        onSuccess: (next) => {
          rememberFile(next.importId, chosen);
          forgetFile(imp.importId);
          discard.mutate(imp.importId);
          void navigate(`/imports/${next.importId}`, { replace: true });
        },
        onSettled: () => setProgress(null),
      },
    );
  };
  // A workbook has neither: there is nothing to choose.
  if (imp.encoding === null) return null;
  const error = upload.error instanceof ApiError ? messagesOf(upload.error.problem).join(' ') : upload.error ? t('errors.unexpected') : null;

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
            <Button variant="light" leftSection={<IconRefresh size={18} />} loading={upload.isPending} onClick={() => reread(file)}>
              {t('imports.format.reread')}
            </Button>
          ) : (
            <>
              <Text size="sm" c="dimmed">{t('imports.format.chooseAgainHint')}</Text>
              <FileButton onChange={(chosen) => chosen && reread(chosen)}>
                {(props) => (
                  <Button {...props} variant="light" leftSection={<IconRefresh size={18} />} loading={upload.isPending}>
                    {t('imports.format.chooseAgain')}
                  </Button>
                )}
              </FileButton>
            </>
          )}
          {error ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
              {error}
            </Alert>
          ) : null}
        </Stack>
      </Collapse>
    </Paper>
  );
}
