// Route guards: the first-run redirect, signed-in pages, and pages for a minimum role.
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSetupStatus } from '../features/setup/api.ts';
import { FullPageLoader, QueryState } from '../ui/QueryState.tsx';
import { describeError } from './problem.ts';
import { roleAtLeast, useCurrentSession, useSessionQuery, type Role } from './session.ts';

/**
 * The root of every page: waits for the first-run status and the session, and sends every visitor of a
 * fresh install to the setup page.
 */
export function Root() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const setup = useSetupStatus();
  const session = useSessionQuery();
  const failed = setup.error ?? session.error;
  if (failed) {
    const { message } = describeError(failed, t('errors.unexpected'));
    return (
      <Center h="100dvh" p="md">
        <Stack align="center" maw={420} ta="center">
          <Title order={2}>{t('errors.serverUnavailableTitle')}</Title>
          <Text c="dimmed">{message}</Text>
          <Button onClick={() => window.location.reload()}>{t('ui.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!setup.data || session.data === undefined) return <FullPageLoader />;
  if (setup.data.needed && pathname !== '/setup') return <Navigate to="/setup" replace />;
  return <Outlet />;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSessionQuery().data;
  const { pathname, search } = useLocation();
  if (!session) {
    const next = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return <>{children}</>;
}

/** A page for `role` and above; others get a calm explanation instead (the server refuses them too). */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const session = useCurrentSession();
  if (!roleAtLeast(session.role, role)) return <QueryState error={{ status: 403, message: '' }} />;
  return <>{children}</>;
}
