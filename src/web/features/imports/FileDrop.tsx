import { Button, FileButton, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/problem.ts';
import { messagesOf } from './mapping.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

// What spreadsheets save, so that the dialog finds it; the server says what is wrong with any other file.
const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileDropProps {
  onFile: (file: File) => void;
  /** Share of the file sent so far while it uploads, else null. */
  progress: number | null;
  error: Error | null;
}

/** The first step: a file chosen with the button (a phone has no dragging) or dropped on the panel. */
export function FileDrop({ onFile, progress, error }: FileDropProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const reset = useRef<() => void>(null);
  const uploading = progress !== null;
  const pick = (file: File | null) => {
    // Cleared, so that choosing the same file again (after fixing it) is noticed.
    reset.current?.();
    if (file) onFile(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !uploading) onFile(file);
  };
  const messages = error instanceof ApiError ? messagesOf(error.problem) : error ? [t('errors.unexpected')] : [];
  return (
    <Stack gap="md">
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'xl' }}
        onDragOver={(event) => { event.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        style={{ borderStyle: 'dashed', borderWidth: 2, background: over ? 'var(--mantine-color-ai-0)' : undefined }}
      >
        <Stack align="center" gap="sm" ta="center">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconFileSpreadsheet size={30} stroke={1.5} />
          </ThemeIcon>
          <Text fw={600}>{t('imports.file.prompt')}</Text>
          <Text size="sm" c="dimmed" maw={520}>
            {t('imports.file.hint')}
          </Text>
          {uploading ? (
            <Stack gap={4} w="100%" maw={420}>
              <Progress value={Math.round(progress * 100)} animated aria-label={t('imports.file.uploading')} />
              <Text size="sm">{t('imports.file.uploadingPercent', { percent: Math.round(progress * 100) })}</Text>
            </Stack>
          ) : (
            <FileButton onChange={pick} accept={ACCEPT} resetRef={reset}>
              {(props) => (
                <Button {...props} size="md" leftSection={<IconUpload size={18} />}>
                  {t('imports.file.choose')}
                </Button>
              )}
            </FileButton>
          )}
        </Stack>
      </Paper>
      {messages.length > 0 ? (
        <ErrorAlert title={t('imports.file.failed')}>
          {messages.join(' ')}
        </ErrorAlert>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('imports.file.notes')}
      </Text>
    </Stack>
  );
}
