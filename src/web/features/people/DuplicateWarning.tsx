import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInTokyo } from '../../app/format.ts';
import { useDuplicates } from './api.ts';
import { duplicateDraft } from './duplicates.ts';
import type { PersonFormValues } from './personForm.ts';

// Asks once typing pauses, not at every keystroke.
const DELAY_MS = 500;
// The warning sits above the save button; more than a few names would push the form off a phone's screen.
const SHOWN = 3;

/**
 * People already on file who are probably the one being entered (same email or phone, or same name with
 * the same birthday or postal code), shown before saving. Saving stays possible: two people can share a
 * family phone. Each opens in a new tab so that what was typed here is not lost.
 */
export function DuplicateWarning({ values, excludePersonId }: { values: PersonFormValues; excludePersonId: string | null }) {
  const { t } = useTranslation();
  // Compared as text: the draft is a new object at every render, the same draft is the same text.
  const [draftText] = useDebouncedValue(JSON.stringify(duplicateDraft(values, todayInTokyo())), DELAY_MS);
  const draft = JSON.parse(draftText) as ReturnType<typeof duplicateDraft>;
  const duplicates = useDuplicates(draft, excludePersonId);
  const candidates = draft === null ? [] : (duplicates.data ?? []);
  if (candidates.length === 0) return null;

  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={t('people.duplicates.title')} p="sm">
      <List size="sm" spacing={4} listStyleType="none" aria-label={t('people.duplicates.title')}>
        {candidates.slice(0, SHOWN).map(({ person, reasons }) => (
          <List.Item key={person.personId}>
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={`/people/${person.personId}`} target="_blank" rel="noopener" fw={600} size="sm">
                {person.displayName}
              </Anchor>
              {reasons.map((reason) => (
                <Badge key={reason} size="sm" variant="outline" color="yellow.9" radius="sm">
                  {t(`people.duplicates.reasons.${reason}`)}
                </Badge>
              ))}
            </Group>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        {candidates.length > SHOWN ? t('people.duplicates.more', { n: candidates.length - SHOWN }) : null}
        {t('people.duplicates.help')}
      </Text>
    </Alert>
  );
}
