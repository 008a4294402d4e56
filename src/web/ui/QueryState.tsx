import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface QueryStateProps {
  /** The failure to show, with the server's (already localised) message, or null while loading. */
  error: { status: number; message: string } | null;
  onRetry?: () => void;
}

/** What a page shows while its data loads or after loading failed; 403 gets a calm, not an alarming, look. */
export function QueryState({ error, onRetry }: QueryStateProps) {
  const { t } = useTranslation();
  if (!error) {
    return (
      <Center py="xl">
        <Loader aria-label={t('ui.loading')} />
      </Center>
    );
  }
  if (error.status === 403) {
    return (
      <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={t('ui.forbiddenTitle')}>
        {t('ui.forbidden')}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('ui.loadFailed')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{error.message}</Text>
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('ui.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** While the app finds out whether it is set up and who is signed in. */
export function FullPageLoader() {
  return (
    <Center h="100dvh">
      <Loader />
    </Center>
  );
}
