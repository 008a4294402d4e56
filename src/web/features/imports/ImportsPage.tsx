import { Anchor, Button, EmptyState } from '@mantine/core';
import { IconFileImport, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { PagedTable } from '../../app/QueryTable.tsx';
import type { Column } from '../../ui/DataTable.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useImportHistory, type ImportSummary } from './api.ts';
import { ImportStatusBadge } from './ImportStatusBadge.tsx';

/** /imports: the workspace's imports, newest first, each opening at the step it stands at. */
export function ImportsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const history = useImportHistory();
  const n = (value: number) => formatNumber(value, locale);
  const newButton = (
    <Button component={Link} to="/imports/new" leftSection={<IconUpload size={18} />}>
      {t('imports.history.new')}
    </Button>
  );

  const columns: Column<ImportSummary>[] = [
    {
      key: 'file',
      header: t('imports.history.file'),
      render: (i) => (
        <Anchor component={Link} to={`/imports/${i.importId}`} fw={600} style={{ display: 'block', overflowWrap: 'anywhere' }}>
          {i.fileName}
        </Anchor>
      ),
    },
    { key: 'status', header: t('imports.history.status'), render: (i) => <ImportStatusBadge status={i.status} />, nowrap: true },
    { key: 'rows', header: t('imports.history.rows'), render: (i) => (i.counts ? t('imports.history.rowCount', { rows: n(i.counts.rows) }) : ''), nowrap: true },
    {
      key: 'result',
      header: t('imports.history.result'),
      render: (i) => (i.result ? t('imports.history.resultSummary', { created: n(i.result.created), updated: n(i.result.updated) }) : ''),
    },
    { key: 'createdAt', header: t('imports.history.createdAt'), render: (i) => formatDateTime(i.createdAt, locale), nowrap: true },
  ];

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')} actions={newButton} />
      <PagedTable
        query={history}
        label={t('imports.history.label')}
        columns={columns}
        rowKey={(i) => i.importId}
        empty={
          <EmptyPanel icon={IconFileImport} title={t('imports.history.emptyTitle')} description={t('imports.history.emptyDescription')}>
            <EmptyState.Actions>{newButton}</EmptyState.Actions>
          </EmptyPanel>
        }
      />
    </>
  );
}
