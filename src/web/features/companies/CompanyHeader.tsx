import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Company } from './api.ts';

/** Where the list was (its search) when the record was opened from it; see CompaniesPage. */
export interface FromList {
  listSearch?: string;
}

/** The name with its furigana above, as on a business card; the way back to the list; the record's buttons. */
export function CompanyHeader({ company, actions }: { company: Company; actions?: ReactNode }) {
  const { t } = useTranslation();
  const from = useLocation().state as FromList | null;
  return (
    <Stack gap="xs" mb="lg">
      <Anchor component={Link} to={`/companies${from?.listSearch ?? ''}`} size="sm" style={{ alignSelf: 'flex-start' }}>
        <Group gap={2} wrap="nowrap">
          <IconChevronLeft size={16} />
          {t('companies.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          {company.nameKana ? (
            <Text size="sm" c="dimmed" data-testid="company-kana">
              {company.nameKana}
            </Text>
          ) : null}
          <Title order={2} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
            {company.name}
          </Title>
        </Stack>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
    </Stack>
  );
}
