import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge, IconChevronLeft, IconExternalLink, IconUserX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { DetailList } from '../../ui/DetailList.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Section } from '../../ui/Section.tsx';
import { StickyActions } from '../../ui/StickyActions.tsx';
import { usePerson, type Person } from '../people/api.ts';
import { useDismissPair, useMergePeople } from './api.ts';
import { ChoiceRow, groupText } from './ChoiceRow.tsx';
import { defaultChoices, differs, MERGE_GROUPS, mergeRequest, olderSide, type Choices, type Side } from './mergeChoices.ts';
import { MergeOutcome, type Merged } from './MergeOutcome.tsx';

function SideBadge({ side }: { side: Side }) {
  return (
    <Badge variant="outline" color="gray" radius="sm" style={{ flexShrink: 0, alignSelf: 'flex-start' }}>
      {side.toUpperCase()}
    </Badge>
  );
}

function RecordCard({ person, side }: { person: Person; side: Side }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const kana = [person.familyNameKana, person.givenNameKana].filter(Boolean).join('\u3000');
  return (
    <Card withBorder radius="md" padding="md">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <SideBadge side={side} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          {kana ? <Text size="xs" c="dimmed">{kana}</Text> : null}
          <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>
            {person.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('duplicates.registered', { date: formatDate(person.createdAt, locale) })}・{t('duplicates.updated', { date: formatDate(person.updatedAt, locale) })}
          </Text>
          <Anchor href={`/people/${person.personId}`} target="_blank" rel="noopener" size="sm">
            <Group gap={4} wrap="nowrap">
              {t('duplicates.openRecord')}
              <IconExternalLink size={14} />
            </Group>
          </Anchor>
        </Stack>
      </Group>
    </Card>
  );
}

/** Everything that is kept from both whatever is chosen: contacts, tags (notes and history move too). */
function KeptFromBoth({ a, b }: { a: Person; b: Person }) {
  const { t } = useTranslation();
  const items = (p: Person) => [
    { key: 'emails', label: t('people.fields.emails'), value: p.emails.map((e) => e.email).join('\n') },
    { key: 'phones', label: t('people.fields.phones'), value: p.phones.map((x) => x.display).join('\n') },
    { key: 'tags', label: t('people.fields.tags'), value: p.tags.join('、') },
  ];
  return (
    <Section title={t('duplicates.kept')} description={t('duplicates.keptHelp')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {([['a', a], ['b', b]] as const).map(([side, p]) => (
          <Stack key={side} gap="xs">
            <SideBadge side={side} />
            <DetailList empty={t('people.notRecorded')} items={items(p)} />
          </Stack>
        ))}
      </SimpleGrid>
    </Section>
  );
}

function ComparePeople({ a, b, onMerged }: { a: Person; b: Person; onMerged: (merged: Merged) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canEdit = roleAtLeast(useCurrentSession().role, 'member');
  const [survivor, setSurvivor] = useState<Side>(() => olderSide(a, b));
  const [choices, setChoices] = useState<Choices>(() => defaultChoices(a, b));
  const merge = useMergePeople();
  const dismiss = useDismissPair();
  const differing = MERGE_GROUPS.filter((group) => differs(a, b, group));
  const same = MERGE_GROUPS.filter((group) => !differs(a, b, group)).map((group) => ({
    key: group.key, label: t(`duplicates.groups.${group.key}`), value: groupText(a, group, t) || null,
  }));
  const locale = currentLocale();
  // Two records of one person often share a name and a day: the time of entry tells them apart.
  const recordText = (p: Person) => `${p.displayName}\n${t('duplicates.registered', { date: formatDateTime(p.createdAt, locale) })}`;

  const onDismiss = () =>
    dismiss.mutate({ personAId: a.personId, personBId: b.personId }, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('duplicates.dismissed', { a: a.displayName, b: b.displayName }) });
        void navigate('/duplicates');
      },
    });

  return (
    <>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <RecordCard person={a} side="a" />
          <RecordCard person={b} side="b" />
        </SimpleGrid>
        <Section title={t('duplicates.differing')} description={canEdit ? t('duplicates.differingHelp') : undefined}>
          <Stack gap="lg">
            {canEdit ? (
              <ChoiceRow label={t('duplicates.survivor')} texts={{ a: recordText(a), b: recordText(b) }} value={survivor} onChange={setSurvivor} />
            ) : null}
            {differing.length === 0 ? <Text size="sm" c="dimmed">{t('duplicates.noDifferences')}</Text> : null}
            {differing.map((group) => (
              <ChoiceRow
                key={group.key}
                label={t(`duplicates.groups.${group.key}`)}
                texts={{ a: groupText(a, group, t), b: groupText(b, group, t) }}
                value={choices[group.key]}
                onChange={(side) => setChoices((c) => ({ ...c, [group.key]: side }))}
              />
            ))}
          </Stack>
        </Section>
        <Section title={t('duplicates.same')}>
          <DetailList empty={t('duplicates.nothingSame')} items={same} />
        </Section>
        <KeptFromBoth a={a} b={b} />
      </Stack>
      {canEdit ? (
        <StickyActions>
          <Button variant="default" leftSection={<IconUserX size={18} />} loading={dismiss.isPending} onClick={onDismiss}>
            {t('duplicates.dismiss')}
          </Button>
          <Button
            leftSection={<IconArrowMerge size={18} />}
            loading={merge.isPending}
            onClick={() => merge.mutate(mergeRequest(a, b, survivor, choices), { onSuccess: onMerged })}
          >
            {t('duplicates.merge')}
          </Button>
        </StickyActions>
      ) : null}
    </>
  );
}

/** Loads the two records only while they are compared: after a merge one of them is gone. */
function LoadPair({ onMerged }: { onMerged: (merged: Merged) => void }) {
  const { personAId = '', personBId = '' } = useParams();
  const a = usePerson(personAId);
  const b = usePerson(personBId);
  return <Loaded query={a}>{(pa) => <Loaded query={b}>{(pb) => <ComparePeople a={pa} b={pb} onMerged={onMerged} />}</Loaded>}</Loaded>;
}

/** Two likely duplicates side by side (/duplicates/:personAId/:personBId): choose field by field, merge, undo. */
export function DuplicatePairPage() {
  const { t } = useTranslation();
  const [merged, setMerged] = useState<Merged | null>(null);
  const [undone, setUndone] = useState(false);

  return (
    <>
      <Anchor component={Link} to="/duplicates" size="sm" mb="xs" style={{ display: 'inline-block' }}>
        <Group gap={2} wrap="nowrap">
          <IconChevronLeft size={16} />
          {t('duplicates.backToList')}
        </Group>
      </Anchor>
      <PageHeader title={t('duplicates.pairTitle')} description={merged ? undefined : t('duplicates.pairDescription')} />
      {merged ? (
        <MergeOutcome merged={merged} undone={undone} onUndone={() => setUndone(true)} onReview={() => { setMerged(null); setUndone(false); }} />
      ) : (
        <LoadPair onMerged={setMerged} />
      )}
    </>
  );
}
