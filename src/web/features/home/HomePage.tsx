import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconArrowRight, IconKey, IconSettings, IconUserPlus, IconUsers, type Icon } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { roleAtLeast, useCurrentSession, type Role } from '../../app/session.ts';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { rememberedJob } from '../jobs/api.ts';
import { usePeopleTotal } from '../people/api.ts';

interface QuickLink {
  key: 'people' | 'members' | 'apiKeys' | 'settings';
  to: string;
  icon: Icon;
  minRole: Role;
}

const QUICK_LINKS: QuickLink[] = [
  { key: 'people', to: '/people', icon: IconUsers, minRole: 'viewer' },
  { key: 'members', to: '/members', icon: IconUserPlus, minRole: 'admin' },
  { key: 'apiKeys', to: '/api-keys', icon: IconKey, minRole: 'admin' },
  { key: 'settings', to: '/settings', icon: IconSettings, minRole: 'viewer' },
];

export function HomePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const client = useQueryClient();
  const total = usePeopleTotal();
  const [jobRunId] = useState(() => rememberedJob(session.workspace.workspaceId));
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['people'] }), [client]);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('home.greeting', { name: session.user.displayName })}
        </Text>
        <Title order={2} data-testid="home-workspace">
          {session.workspace.name}
        </Title>
      </Stack>

      {jobRunId ? <JobProgress jobRunId={jobRunId} onSucceeded={reload} /> : null}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Card withBorder radius="md" padding="lg">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Text size="sm" c="dimmed" fw={500}>
                {t('home.peopleCount')}
              </Text>
              <Text fz={32} fw={700} lh={1.1} data-testid="people-count">
                {total.data !== undefined ? formatNumber(total.data, currentLocale()) : '—'}
              </Text>
            </Stack>
            <ThemeIcon variant="light" size="xl" radius="md">
              <IconUsers size={24} stroke={1.6} />
            </ThemeIcon>
          </Group>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Stack gap={4}>
            <Text size="sm" c="dimmed" fw={500}>
              {t('home.yourRole')}
            </Text>
            <Text fz={24} fw={700} lh={1.3} data-testid="home-role">
              {t(`role.${session.role}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`roleHelp.${session.role}`)}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>

      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('home.quickLinks')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          {QUICK_LINKS.filter((link) => roleAtLeast(session.role, link.minRole)).map((link) => (
            <UnstyledButton key={link.key} component={Link} to={link.to}>
              <Card withBorder radius="md" padding="md" h="100%">
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="sm" wrap="nowrap">
                    <ThemeIcon variant="light" radius="md">
                      <link.icon size={18} stroke={1.6} />
                    </ThemeIcon>
                    <Stack gap={0}>
                      <Text fw={600} size="sm">
                        {t(`home.links.${link.key}.title`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`home.links.${link.key}.description`)}
                      </Text>
                    </Stack>
                  </Group>
                  <IconArrowRight size={16} color="var(--mantine-color-dimmed)" />
                </Group>
              </Card>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
