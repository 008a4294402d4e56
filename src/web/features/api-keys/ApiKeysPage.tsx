import { Badge, Button, Code, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { ListTable } from '../../app/QueryTable.tsx';
import { ConfirmModal, useConfirm } from '../../ui/ConfirmModal.tsx';
import type { Column } from '../../ui/DataTable.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RoleBadge } from '../members/RoleBadge.tsx';
import { useApiKeys, useRevokeApiKey, type ApiKey } from './api.ts';
import { CreateApiKeyModal } from './CreateApiKeyModal.tsx';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const revoke = useConfirm(useRevokeApiKey(), (key: ApiKey) => key.apiKeyId);
  const [creating, { open, close }] = useDisclosure(false);
  const locale = currentLocale();

  const columns: Column<ApiKey>[] = [
    { key: 'name', header: t('apiKeys.name'), render: (k) => k.name },
    { key: 'prefix', header: t('apiKeys.prefix'), render: (k) => <Code>{k.prefix}…</Code>, nowrap: true },
    { key: 'role', header: t('fields.role'), render: (k) => <RoleBadge role={k.role} /> },
    { key: 'created', header: t('apiKeys.createdAt'), render: (k) => formatDateTime(k.createdAt, locale), nowrap: true },
    {
      key: 'lastUsed',
      header: t('apiKeys.lastUsedAt'),
      render: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : t('apiKeys.neverUsed')),
      nowrap: true,
    },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('ui.actions')}</VisuallyHidden>,
      render: (k) =>
        k.revokedAt ? (
          <Badge variant="dot" color="gray">
            {t('apiKeys.revoked')}
          </Badge>
        ) : (
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => revoke.ask(k)}>
            {t('apiKeys.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.apiKeys')}
        description={t('apiKeys.description')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={open}>
            {t('apiKeys.create')}
          </Button>
        }
      />
      <ListTable
        query={keys}
        label={t('nav.apiKeys')}
        columns={columns}
        rowKey={(k) => k.apiKeyId}
        empty={<EmptyPanel icon={IconKey} title={t('apiKeys.emptyTitle')} description={t('apiKeys.emptyDescription')} />}
      />
      <CreateApiKeyModal opened={creating} onClose={close} />
      <ConfirmModal
        {...revoke.modal}
        title={t('apiKeys.revokeTitle')}
        message={t('apiKeys.revokeConfirm', { name: revoke.target?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
      />
    </>
  );
}
