// The signed-in shell: header (brand, workspace, user), navbar (a burger menu on a phone), page.
import { AppShell, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { usePhone } from '../../ui/usePhone.ts';
import { Navbar } from './Navbar.tsx';
import { UserMenu } from './UserMenu.tsx';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

export function AppLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // On a phone the workspace switcher moves into the navbar, and the closed navbar is only moved
  // off-screen, so inert keeps keyboard focus out of it too.
  const phone = usePhone();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
      styles={{ main: { background: 'var(--mantine-color-gray-0)' } }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text component={Link} to="/" fw={700} size="lg" c="ai.9" style={{ textDecoration: 'none', whiteSpace: 'nowrap' }}>
              {t('app.brand')}{' '}
              <Text span c="dimmed" fw={500} size="sm" visibleFrom="xs">
                {t('app.brandLatin')}
              </Text>
            </Text>
            {phone ? null : (
              <Box ml="md" style={{ minWidth: 0 }}>
                <WorkspaceSwitcher />
              </Box>
            )}
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <Navbar onNavigate={close} phone={phone} inert={phone && !opened} />
      <AppShell.Main>
        <Box maw={1200} mx="auto">
          {children ?? <Outlet />}
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
