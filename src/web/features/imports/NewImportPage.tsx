import { Button, Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useUploadImport } from './api.ts';
import { rememberFile } from './chosenFiles.ts';
import { FileDrop } from './FileDrop.tsx';
import { ImportSteps } from './ImportSteps.tsx';

/** /imports/new: the first step, choosing the file; once it is read, the import has its own page. */
export function NewImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useUploadImport(setProgress);
  const start = (file: File) => {
    setProgress(0);
    upload.mutate(
      { file, format: {} },
      {
        onSuccess: (imp) => {
          rememberFile(imp.importId, file);
          void navigate(`/imports/${imp.importId}`, { replace: true });
        },
        onSettled: () => setProgress(null),
      },
    );
  };
  return (
    <>
      <PageHeader
        title={t('imports.flowTitle')}
        description={t('imports.newDescription')}
        actions={
          <Button component={Link} to="/imports" variant="default" leftSection={<IconHistory size={18} />}>
            {t('imports.history.link')}
          </Button>
        }
      />
      <Stack gap="lg">
        <ImportSteps step="file" />
        <FileDrop onFile={start} progress={progress} error={upload.error} />
      </Stack>
    </>
  );
}
