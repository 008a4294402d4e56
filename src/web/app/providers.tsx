// App-wide providers: Mantine (theme, notifications), react-query with the shared error policy.
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { i18n } from './i18n.ts';
import { ApiError } from './problem.ts';
import { adoptSession, SESSION_KEY } from './session.ts';
import { theme } from './theme.ts';

declare module '@tanstack/react-query' {
  interface Register {
    // notifyError: false for mutations whose page shows the problem itself (the login form);
    // shownByPage: the problem codes the page explains itself (a version conflict with its reload button).
    mutationMeta: { notifyError?: boolean; shownByPage?: readonly string[] };
  }
}

function signedOut(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.problem.code === 'unauthenticated';
}

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A session that expired while the page was open: drop it, and the guard sends the user to login.
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (signedOut(error) && query.queryKey[0] !== SESSION_KEY[0]) adoptSession(client, null);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (signedOut(error)) adoptSession(client, null);
        if (mutation.meta?.notifyError === false) return;
        if (error instanceof ApiError && mutation.meta?.shownByPage?.includes(error.problem.code)) return;
        notifications.show({
          color: 'red',
          title: i18n.t('errors.title'),
          message: error instanceof ApiError ? error.problem.detail : i18n.t('errors.unexpected'),
        });
      },
    }),
    defaultOptions: {
      queries: {
        // Retrying a 4xx cannot help; a network fault or a 5xx may pass on a second try.
        retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

const queryClient = createQueryClient();

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
