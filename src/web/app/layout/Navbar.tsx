import { AppShell, NavLink, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { roleAtLeast, useCurrentSession } from '../session.ts';
import { ADMIN_NAV, MAIN_NAV, SETTINGS_NAV, type NavItem } from './nav.ts';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

function matches(item: NavItem, pathname: string): boolean {
  return item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

/** The entry of the page on screen: the closest one, so that /settings/fields is not also 設定 (/settings). */
function activeEntry(pathname: string): string | undefined {
  const all = [...MAIN_NAV, ...ADMIN_NAV, SETTINGS_NAV];
  return all.filter((item) => matches(item, pathname)).sort((a, b) => b.to.length - a.to.length)[0]?.key;
}

/** The side navigation; `onNavigate` closes it on a phone, where it covers the page. */
export function Navbar({ onNavigate, phone, inert }: { onNavigate: () => void; phone: boolean; inert: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const session = useCurrentSession();
  const adminItems = ADMIN_NAV.filter((item) => roleAtLeast(session.role, item.minRole));
  const active = activeEntry(pathname);

  const link = (item: NavItem) => (
    <NavLink
      key={item.key}
      // A plain Link: the router's NavLink would also mark 設定 as the current page on /settings/fields.
      component={Link}
      to={item.to}
      aria-current={item.key === active ? 'page' : undefined}
      label={t(`nav.${item.key}`)}
      leftSection={<item.icon size={20} stroke={1.6} />}
      active={item.key === active}
      onClick={onNavigate}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    />
  );

  return (
    <AppShell.Navbar p="sm" aria-label={t('nav.label')} inert={inert}>
      {phone ? (
        <AppShell.Section mb="sm">
          <WorkspaceSwitcher fullWidth />
        </AppShell.Section>
      ) : null}
      <AppShell.Section grow component={ScrollArea} type="auto">
        {MAIN_NAV.filter((item) => roleAtLeast(session.role, item.minRole)).map(link)}
        {adminItems.length > 0 ? (
          <>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="lg" mb={4} px="sm">
              {t('nav.adminSection')}
            </Text>
            {adminItems.map(link)}
          </>
        ) : null}
      </AppShell.Section>
      <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        {link(SETTINGS_NAV)}
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
