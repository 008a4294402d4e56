import { Button, Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../../app/i18n.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useImport, type Import } from './api.ts';
import { CheckStep } from './CheckStep.tsx';
import { formatBytes } from './fileSize.ts';
import { ImportSteps } from './ImportSteps.tsx';
import { MappingStep } from './MappingStep.tsx';
import { RunStep } from './RunStep.tsx';
import { allStepsDone, peopleChanged, stepOf } from './steps.ts';

/** /imports/:importId: one import at the step it stands at, followed live while a job works on it. */
export function ImportPage() {
  const { t } = useTranslation();
  const { importId = '' } = useParams();
  const query = useImport(importId);
  const imp = query.data;
  return (
    <>
      <PageHeader
        title={t('imports.flowTitle')}
        description={imp ? t('imports.fileLine', { name: imp.fileName, size: formatBytes(imp.fileBytes, currentLocale()) }) : undefined}
        actions={
          <Button component={Link} to="/imports" variant="default" leftSection={<IconHistory size={18} />}>
            {t('imports.history.link')}
          </Button>
        }
      />
      <Loaded query={query}>{(data) => <ImportFlow key={data.importId} imp={data} />}</Loaded>
    </>
  );
}

function ImportFlow({ imp }: { imp: Import }) {
  const client = useQueryClient();
  // Back at the mapping after a check, by choice: the check's result stays until the mapping changes.
  const [remapping, setRemapping] = useState(false);
  const step = remapping && imp.status === 'checked' ? 'mapping' : stepOf(imp);

  useEffect(() => {
    if (peopleChanged(imp.status)) void client.invalidateQueries({ queryKey: ['people'] });
  }, [imp.status, client]);

  return (
    <Stack gap="lg">
      <ImportSteps step={step} allDone={allStepsDone(imp.status)} />
      {step === 'mapping' ? (
        <MappingStep imp={imp} onChecking={() => setRemapping(false)} onBack={imp.status === 'checked' ? () => setRemapping(false) : undefined} />
      ) : null}
      {step === 'check' ? <CheckStep imp={imp} onRemap={() => setRemapping(true)} /> : null}
      {step === 'run' ? <RunStep imp={imp} /> : null}
    </Stack>
  );
}
