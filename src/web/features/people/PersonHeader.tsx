import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Person } from './api.ts';
import { STAGE_COLORS, type LifecycleStage } from './options.ts';

export function StageBadge({ stage }: { stage: LifecycleStage }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]} radius="sm">
      {t(`people.stages.${stage}`)}
    </Badge>
  );
}

/** Where the list was (its search) when the record was opened from it; see PeoplePage. */
export interface FromList {
  listSearch?: string;
}

/** The name as Japanese forms show it, furigana above; the stage and the tags; the record's buttons. */
export function PersonHeader({ person, actions }: { person: Person; actions?: ReactNode }) {
  const { t } = useTranslation();
  const from = useLocation().state as FromList | null;
  const kana = [person.familyNameKana, person.givenNameKana].filter(Boolean).join(' ');
  return (
    <Stack gap="xs" mb="lg">
      <Anchor component={Link} to={`/people${from?.listSearch ?? ''}`} size="sm" style={{ alignSelf: 'flex-start' }}>
        <Group gap={2} wrap="nowrap">
          <IconChevronLeft size={16} />
          {t('people.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          {kana ? (
            <Text size="sm" c="dimmed" data-testid="person-kana">
              {kana}
            </Text>
          ) : null}
          <Title order={2} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
            {person.displayName}
          </Title>
          <Group gap={6} mt={4}>
            <StageBadge stage={person.lifecycleStage} />
            {person.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" radius="sm" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
    </Stack>
  );
}
