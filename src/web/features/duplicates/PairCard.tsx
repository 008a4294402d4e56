import { Badge, Button, Card, Group, Mark, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowMerge, IconUserX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import type { DuplicatePair, DuplicatePerson } from './api.ts';

/** A score as a whole percent, rounded down: 99.99 % is not certainty and never shows as 100 %. */
function scorePercent(score: number): number {
  return Math.floor(score * 100 + 1e-9);
}

/** The likelier, the stronger the badge: a pair to look at first stands out without looking like an error. */
const scoreVariant = (percent: number) => (percent >= 90 ? 'filled' : percent >= 80 ? 'light' : 'outline');

/** What tells the two apart, one line each: contacts, birthday, 〒, company. */
function summaryLines(person: DuplicatePerson): string[] {
  const locale = currentLocale();
  return [
    ...person.emails,
    ...person.phones,
    person.birthday ? formatDate(person.birthday, locale) : null,
    person.postalCode ? `〒${person.postalCode}` : null,
    person.companyName,
  ].filter((line): line is string => !!line);
}

/** The lines the other record has too are marked: they are why the two were paired. */
function PersonSummary({ person, side, other }: { person: DuplicatePerson; side: 'A' | 'B'; other: DuplicatePerson }) {
  const { t } = useTranslation();
  const lines = summaryLines(person);
  const shared = new Set(summaryLines(other).map((line) => line.toLowerCase()));
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Group gap={6} wrap="nowrap">
        <Badge size="sm" variant="outline" color="gray" radius="sm" style={{ flexShrink: 0 }}>
          {side}
        </Badge>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {person.displayName}
        </Text>
      </Group>
      {person.kana ? (
        <Text size="xs" c="dimmed">
          {person.kana}
        </Text>
      ) : null}
      {lines.length ? (
        lines.map((line, i) => (
          <Text key={i} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {shared.has(line.toLowerCase()) ? <Mark color="yellow">{line}</Mark> : line}
          </Text>
        ))
      ) : (
        <Text size="sm" c="dimmed">
          {t('people.notRecorded')}
        </Text>
      )}
    </Stack>
  );
}

interface PairCardProps {
  pair: DuplicatePair;
  canEdit: boolean;
  dismissing: boolean;
  onDismiss: () => void;
}

/** One likely pair: how likely and why, the two people as far as they tell them apart, and what to do. */
export function PairCard({ pair, canEdit, dismissing, onDismiss }: PairCardProps) {
  const { t } = useTranslation();
  const percent = scorePercent(pair.score);
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={`${pair.personA.displayName} / ${pair.personB.displayName}`} data-testid="duplicate-pair">
      <Group gap={6} mb="sm">
        <Badge size="lg" variant={scoreVariant(percent)} radius="sm">
          {t('duplicates.scoreLabel', { percent })}
        </Badge>
        {pair.reasons.map((reason) => (
          <Badge key={reason} variant="light" color="gray" radius="sm">
            {t(`duplicates.reasons.${reason}`)}
          </Badge>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <PersonSummary person={pair.personA} side="A" other={pair.personB} />
        <PersonSummary person={pair.personB} side="B" other={pair.personA} />
      </SimpleGrid>
      <Group justify="flex-end" gap="xs" mt="md">
        {canEdit ? (
          <Button variant="subtle" color="gray" leftSection={<IconUserX size={18} />} loading={dismissing} onClick={onDismiss}>
            {t('duplicates.dismiss')}
          </Button>
        ) : null}
        <Button
          component={Link}
          to={`/duplicates/${pair.personA.personId}/${pair.personB.personId}`}
          variant="light"
          leftSection={<IconArrowMerge size={18} />}
        >
          {t(canEdit ? 'duplicates.review' : 'duplicates.compare')}
        </Button>
      </Group>
    </Card>
  );
}
