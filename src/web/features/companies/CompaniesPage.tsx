import { Anchor, Button, Loader, Stack, TextInput } from '@mantine/core';
import { IconBuilding, IconPlus, IconSearch, IconZoomQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { PagedTable } from '../../app/QueryTable.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import type { Column } from '../../ui/DataTable.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useUrlSearch } from '../../ui/useUrlSearch.ts';
import { useCompanies, type CompanyListItem } from './api.ts';
import type { FromList } from './CompanyHeader.tsx';

/** The companies (BtoB customers), server-paged, with one search box kept in `?q=`. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const locale = currentLocale();
  const [text, setText, q] = useUrlSearch();
  const fromList: FromList = { listSearch: useLocation().search };
  const companies = useCompanies(q);
  const canEdit = roleAtLeast(session.role, 'member');

  const columns: Column<CompanyListItem>[] = [
    {
      key: 'name',
      header: t('companies.fields.name'),
      render: (c) => (
        <Anchor component={Link} to={`/companies/${c.companyId}`} state={fromList} fw={600} style={{ display: 'block' }}>
          {c.name}
        </Anchor>
      ),
    },
    { key: 'kana', header: t('companies.fields.nameKana'), render: (c) => c.nameKana ?? '' },
    { key: 'number', header: t('companies.fields.corporateNumber'), render: (c) => c.corporateNumber ?? '', nowrap: true },
    { key: 'industry', header: t('companies.fields.industry'), render: (c) => c.industry ?? '' },
    { key: 'prefecture', header: t('companies.fields.prefecture'), render: (c) => c.prefecture ?? '', nowrap: true },
    { key: 'people', header: t('companies.peopleCount'), render: (c) => formatNumber(c.peopleCount, locale), nowrap: true },
  ];

  const total = companies.data?.pages[0]?.total;
  const formatted = total !== undefined ? formatNumber(total, locale) : undefined;
  const searching = companies.isFetching && companies.isPlaceholderData;
  return (
    <>
      <PageHeader
        title={t('nav.companies')}
        description={formatted === undefined ? undefined : q ? t('companies.found', { formatted }) : t('companies.total', { formatted })}
        actions={
          canEdit ? (
            <Button component={Link} to="/companies/new" leftSection={<IconPlus size={18} />}>
              {t('companies.create')}
            </Button>
          ) : null
        }
      />
      <Stack>
        <TextInput
          type="search"
          size="md"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          aria-label={t('companies.searchLabel')}
          placeholder={t('companies.searchPlaceholder')}
          leftSection={<IconSearch size={18} />}
          rightSection={searching ? <Loader size="xs" aria-label={t('ui.loading')} /> : null}
        />
        <PagedTable
          query={companies}
          label={t('nav.companies')}
          columns={columns}
          rowKey={(c) => c.companyId}
          empty={
            q ? (
              <EmptyPanel icon={IconZoomQuestion} title={t('companies.noMatchTitle')} description={t('companies.noMatchDescription')} />
            ) : (
              <EmptyPanel icon={IconBuilding} title={t('companies.emptyTitle')} description={t('companies.emptyDescription')} />
            )
          }
        />
      </Stack>
    </>
  );
}
