import { Paper, Progress, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Import } from './api.ts';
import { ChooseAgain } from './ChooseAgain.tsx';
import { useReread } from './useReread.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

/** The sheet of a workbook that was read, and the others to choose from: another is a second reading (useReread). */
export function SheetControl({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState<string | null>(null);
  const { reread, progress, pending, error, file } = useReread(imp);
  if (imp.fileType !== 'xlsx') return null;

  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Select
          label={t('imports.format.sheet')}
          description={imp.sheets.length > 1 ? t('imports.format.sheetHelp') : undefined}
          data={imp.sheets}
          value={wanted ?? imp.sheet}
          allowDeselect={false}
          disabled={imp.sheets.length < 2 || pending}
          onChange={(sheet) => {
            if (!sheet || sheet === imp.sheet) return;
            setWanted(sheet);
            if (file) reread(file, { sheet });
          }}
        />
        {wanted && !file ? (
          <ChooseAgain hint={t('imports.format.sheetChooseAgain')} pending={pending} onChosen={(chosen) => reread(chosen, { sheet: wanted })} />
        ) : null}
        {progress !== null ? <Progress value={Math.round(progress * 100)} animated aria-label={t('imports.file.uploading')} /> : null}
        {error ? (
          <ErrorAlert>
            {error}
          </ErrorAlert>
        ) : null}
      </Stack>
    </Paper>
  );
}
