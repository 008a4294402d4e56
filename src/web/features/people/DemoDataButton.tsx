import { Button } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../app/session.ts';
import { rememberJob } from '../jobs/api.ts';
import { useLoadDemo } from './api.ts';

/** Starts loading the Japanese demo data; only the owner may, so others do not see the button. */
export function DemoDataButton({ onStarted }: { onStarted: (jobRunId: string) => void }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const demo = useLoadDemo();
  if (session.role !== 'owner') return null;
  return (
    <Button
      leftSection={<IconDatabaseImport size={18} />}
      loading={demo.isPending}
      onClick={() =>
        demo.mutate(undefined, {
          onSuccess: ({ jobRunId }) => {
            rememberJob(session.workspace.workspaceId, jobRunId);
            onStarted(jobRunId);
          },
        })
      }
    >
      {t('people.loadDemo')}
    </Button>
  );
}
