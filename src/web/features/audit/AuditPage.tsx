import { Code, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { currentLocale, translateDynamic } from '../../app/i18n.ts';
import { PagedTable } from '../../app/QueryTable.tsx';
import type { Column } from '../../ui/DataTable.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useAuditLog, type AuditEntry } from './api.ts';

export function AuditPage() {
  const { t } = useTranslation();
  const log = useAuditLog();
  const locale = currentLocale();

  // Actions and entities are open-ended (every domain adds its own); one without a translation shows its code.
  const actionLabel = (action: string) => translateDynamic(`audit.action.${action}`, action);
  const entityLabel = (type: string) => translateDynamic(`audit.entity.${type}`, type);

  const columns: Column<AuditEntry>[] = [
    { key: 'time', header: t('audit.time'), render: (e) => formatDateTime(e.occurredAt, locale), nowrap: true },
    { key: 'actor', header: t('audit.actor'), render: (e) => e.actorLabel ?? t('audit.system') },
    { key: 'action', header: t('audit.actionHeader'), render: (e) => actionLabel(e.action) },
    {
      key: 'entity',
      header: t('audit.entityHeader'),
      render: (e) =>
        e.entityType ? (
          <Text span size="sm">
            {entityLabel(e.entityType)}
            {e.entityId ? (
              // The tail: time-ordered ids (UUIDv7) share their head with every record of the same moment.
              <Code ml={6} title={e.entityId}>
                {e.entityId.slice(-8)}
              </Code>
            ) : null}
          </Text>
        ) : (
          ''
        ),
    },
    { key: 'ip', header: t('audit.ip'), render: (e) => e.ip ?? '', nowrap: true },
  ];

  return (
    <>
      <PageHeader title={t('nav.audit')} description={t('audit.description')} />
      <PagedTable
        query={log}
        label={t('nav.audit')}
        columns={columns}
        rowKey={(e) => e.auditId}
        empty={<EmptyPanel icon={IconHistory} title={t('audit.empty')} />}
      />
    </>
  );
}
