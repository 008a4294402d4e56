import { Alert, FileButton, Button, Paper, Progress, Select, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../app/problem.ts';
import { useDiscardImport, useUploadImport, type Import } from './api.ts';
import { forgetFile, rememberedFile, rememberFile } from './chosenFiles.ts';
import { messagesOf } from './mapping.ts';

/**
 * The sheet of a workbook that was read, and the others to choose from. Another sheet is a second reading
 * of the same file (a new import); the first, which wrote nothing, is discarded.
 */
export function SheetControl({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [progress, setProgress] = useState<number | null>(null);
  const [wanted, setWanted] = useState<string | null>(null);
  const upload = useUploadImport(setProgress);
  const discard = useDiscardImport();
  const file = rememberedFile(imp.importId);
  if (imp.fileType !== 'xlsx') return null;

  const reread = (chosen: File, sheet: string) => {
    setProgress(0);
    upload.mutate(
      { file: chosen, format: { sheet } },
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
  const error = upload.error instanceof ApiError ? messagesOf(upload.error.problem).join(' ') : upload.error ? t('errors.unexpected') : null;

  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Select
          label={t('imports.format.sheet')}
          description={imp.sheets.length > 1 ? t('imports.format.sheetHelp') : undefined}
          data={imp.sheets}
          value={wanted ?? imp.sheet}
          allowDeselect={false}
          disabled={imp.sheets.length < 2 || upload.isPending}
          onChange={(sheet) => {
            if (!sheet || sheet === imp.sheet) return;
            setWanted(sheet);
            if (file) reread(file, sheet);
          }}
        />
        {wanted && !file ? (
          <>
            <Text size="sm" c="dimmed">{t('imports.format.sheetChooseAgain')}</Text>
            <FileButton onChange={(chosen) => chosen && reread(chosen, wanted)}>
              {(props) => (
                <Button {...props} variant="light" leftSection={<IconRefresh size={18} />} loading={upload.isPending}>
                  {t('imports.format.chooseAgain')}
                </Button>
              )}
            </FileButton>
          </>
        ) : null}
        {progress !== null ? <Progress value={Math.round(progress * 100)} animated aria-label={t('imports.file.uploading')} /> : null}
        {error ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
            {error}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
