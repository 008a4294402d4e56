import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { DetailList } from '../../ui/DetailList.tsx';
import { Section } from '../../ui/Section.tsx';
import { useFields } from '../fields/api.ts';
import { CustomFieldDetails } from '../fields/CustomFieldsSection.tsx';
import type { Person } from './api.ts';
import { StageBadge } from './PersonHeader.tsx';

interface Contact {
  id: string;
  text: string;
  href: string;
  label: string | null;
  isPrimary: boolean;
}

/** Phones and emails as links (a tap calls or writes), the main one marked once there are several. */
function ContactLinks({ items }: { items: Contact[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Stack gap={4}>
      {items.map((item) => (
        <Group key={item.id} gap={6} wrap="nowrap">
          <Anchor href={item.href} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.text}
          </Anchor>
          {item.label ? (
            <Text span size="xs" c="dimmed">
              {item.label}
            </Text>
          ) : null}
          {item.isPrimary && items.length > 1 ? (
            <Badge size="xs" variant="light" radius="sm">
              {t('people.primary')}
            </Badge>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
}

/** The stage changes, newest first, each with its date; the first says what the person was added as. */
function StageHistory({ history }: { history: Person['lifecycleHistory'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap={4} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {history.toReversed().map((change, i) => {
        const date = formatDate(change.changedAt, locale);
        const to = t(`people.stages.${change.toStage}`);
        return (
          <li key={i}>
            {change.fromStage ? t('people.stageChange', { date, from: t(`people.stages.${change.fromStage}`), to }) : t('people.stageStart', { date, to })}
          </li>
        );
      })}
    </Stack>
  );
}

/** The record, read-only, in the sections of the form; the custom fields and the notes, which run long, across the whole width. */
export function PersonDetails({ person }: { person: Person }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const phones = person.phones.map((p) => ({ id: p.phoneId, text: p.display, href: `tel:${p.e164}`, label: p.label, isPrimary: p.isPrimary }));
  const emails = person.emails.map((e) => ({ id: e.emailId, text: e.email, href: `mailto:${e.email}`, label: e.label, isPrimary: e.isPrimary }));
  const none = t('people.notRecorded');
  const street = [person.prefecture, person.city, person.addressLine].filter(Boolean).join('');
  const fields = useFields('person');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
        <Stack gap="md">
          <Section title={t('people.sections.contact')}>
            <DetailList
              empty={none}
              items={[
                { key: 'phones', label: t('people.fields.phones'), value: phones.length ? <ContactLinks items={phones} /> : null },
                { key: 'emails', label: t('people.fields.emails'), value: emails.length ? <ContactLinks items={emails} /> : null },
                {
                  key: 'accounts',
                  label: t('people.fields.accounts'),
                  value: person.accounts.length ? (
                    <Stack gap={4}>
                      {person.accounts.map((a, i) => (
                        <span key={i}>{t('people.account', { service: a.service, handle: a.handle })}</span>
                      ))}
                    </Stack>
                  ) : null,
                },
                { key: 'channel', label: t('people.fields.preferredChannel'), value: person.preferredChannel ? t(`people.channels.${person.preferredChannel}`) : null },
              ]}
            />
          </Section>
          <Section title={t('people.sections.profile')}>
            <DetailList
              empty={none}
              items={[
                {
                  key: 'birthday',
                  label: t('people.fields.birthday'),
                  value: person.birthday ? t('people.birthdayWithAge', { date: formatDate(person.birthday, locale), age: person.age ?? '' }) : null,
                },
                { key: 'gender', label: t('people.fields.gender'), value: person.gender ? t(`people.genders.${person.gender}`) : null },
                { key: 'company', label: t('people.company'), value: person.companyName },
                { key: 'department', label: t('people.department'), value: person.department },
                { key: 'jobTitle', label: t('people.jobTitle'), value: person.jobTitle },
              ]}
            />
          </Section>
        </Stack>
        <Stack gap="md">
          <Section title={t('people.sections.address')}>
            <DetailList
              empty={none}
              items={[
                { key: 'postal', label: t('people.fields.postalCode'), value: person.postalCode ? `〒${person.postalCode}` : null },
                { key: 'street', label: t('people.address'), value: street },
                { key: 'building', label: t('people.fields.building'), value: person.building },
              ]}
            />
          </Section>
          <Section title={t('people.sections.customer')}>
            <DetailList
              empty={none}
              items={[
                {
                  key: 'stage',
                  label: t('people.fields.lifecycleStage'),
                  value: (
                    <Group gap={6}>
                      <StageBadge stage={person.lifecycleStage} />
                      <Text span size="xs" c="dimmed">
                        {t('people.stageSince', { date: formatDate(person.lifecycleChangedAt, locale) })}
                      </Text>
                    </Group>
                  ),
                },
                {
                  key: 'history',
                  label: t('people.fields.lifecycleHistory'),
                  value: person.lifecycleHistory.length ? <StageHistory history={person.lifecycleHistory} /> : null,
                },
                { key: 'source', label: t('people.fields.source'), value: person.source },
                { key: 'member', label: t('people.fields.memberNumber'), value: person.memberNumber },
                { key: 'created', label: t('people.createdAt'), value: formatDateTime(person.createdAt, locale) },
                { key: 'updated', label: t('people.updatedAt'), value: formatDateTime(person.updatedAt, locale) },
              ]}
            />
          </Section>
        </Stack>
      </SimpleGrid>
      <CustomFieldDetails fields={fields.data ?? []} custom={person.custom} empty={none} />
      <Section title={t('people.sections.notes')}>
        <DetailList
          empty={none}
          items={[
            { key: 'family', label: t('people.fields.familyNotes'), value: person.familyNotes },
            { key: 'interests', label: t('people.fields.interests'), value: person.interests },
          ]}
        />
      </Section>
    </Stack>
  );
}
