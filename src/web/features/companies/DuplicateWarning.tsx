import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCompanyDuplicates } from './api.ts';
import { companyDraft, type CompanyFormValues } from './companyForm.ts';

// Asks once typing pauses, not at every keystroke.
const DELAY_MS = 500;
// The warning sits above the save button; more than a few names would push the form off a phone's screen.
const SHOWN = 3;

/**
 * Companies already on file that are probably the one being entered (same 法人番号, or the same name once
 * 株式会社 and the like are set aside), shown before saving. Saving stays possible: two branches can share
 * a name. Each opens in a new tab so that what was typed here is not lost.
 */
export function DuplicateWarning({ values, excludeCompanyId }: { values: CompanyFormValues; excludeCompanyId: string | null }) {
  const { t } = useTranslation();
  // Compared as text: the draft is a new object at every render, the same draft is the same text.
  const [draftText] = useDebouncedValue(JSON.stringify(companyDraft(values)), DELAY_MS);
  const draft = JSON.parse(draftText) as ReturnType<typeof companyDraft>;
  const duplicates = useCompanyDuplicates(draft, excludeCompanyId);
  const candidates = draft === null ? [] : (duplicates.data ?? []);
  if (candidates.length === 0) return null;

  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={t('companies.duplicates.title')} p="sm">
      <List size="sm" spacing={4} listStyleType="none" aria-label={t('companies.duplicates.title')}>
        {candidates.slice(0, SHOWN).map((company) => (
          <List.Item key={company.companyId}>
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={`/companies/${company.companyId}`} target="_blank" rel="noopener" fw={600} size="sm">
                {company.name}
              </Anchor>
              {company.reasons.map((reason) => (
                <Badge key={reason} size="sm" variant="outline" color="yellow.9" radius="sm">
                  {t(`companies.duplicates.reasons.${reason}`)}
                </Badge>
              ))}
            </Group>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        {candidates.length > SHOWN ? t('companies.duplicates.more', { n: candidates.length - SHOWN }) : null}
        {t('companies.duplicates.help')}
      </Text>
    </Alert>
  );
}
