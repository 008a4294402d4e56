import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLogout } from '../../features/auth/api.ts';
import { useCurrentSession } from '../session.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const logout = useLogout();
  const { displayName, email } = session.user;

  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('user.menuLabel')} data-testid="user-menu">
          <Group gap={8} wrap="nowrap">
            <Avatar color="ai" radius="xl" size={32}>
              {displayName.slice(0, 1)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" truncate="end" maw={160}>
              {displayName}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark" truncate="end">
            {displayName}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings" leftSection={<IconSettings size={16} />}>
          {t('nav.settings')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
