// Pages of the shell itself: features still to come, and "not found" inside and outside the shell.
import { Button, Center, EmptyState } from '@mantine/core';
import { IconAlertTriangle, IconCompass, IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from '../ui/EmptyPanel.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { PublicLayout } from './layout/PublicLayout.tsx';
import { useSession } from './session.ts';

export type UpcomingFeature = 'segments' | 'delivery' | 'forms' | 'reports';

export function ComingSoonPage({ feature }: { feature: UpcomingFeature }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${feature}`)} description={t(`comingSoon.${feature}`)} />
      <EmptyPanel py={64} icon={IconTool} title={t('comingSoon.title')} description={t('comingSoon.description')} />
    </>
  );
}

function NotFoundContent() {
  const { t } = useTranslation();
  return (
    <EmptyPanel py={64} icon={IconCompass} title={t('notFound.title')} description={t('notFound.description')}>
      <EmptyState.Actions>
        <Button component={Link} to="/">
          {t('notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyPanel>
  );
}

/** Unknown address: inside the shell when signed in, so the navigation is still at hand. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (session) {
    return (
      <AppLayout>
        <NotFoundContent />
      </AppLayout>
    );
  }
  return (
    <PublicLayout title={t('notFound.title')} description={t('notFound.description')}>
      <Button component={Link} to="/login" fullWidth>
        {t('notFound.login')}
      </Button>
    </PublicLayout>
  );
}

/** A page that failed to render: a calm way out instead of the router's developer message. */
export function CrashPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md">
      <EmptyState
        variant="light"
        color="red"
        icon={<IconAlertTriangle size={28} stroke={1.5} />}
        title={t('errors.crashTitle')}
        description={t('errors.crashDescription')}
      >
        <EmptyState.Actions>
          <Button onClick={() => window.location.reload()}>{t('ui.retry')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
