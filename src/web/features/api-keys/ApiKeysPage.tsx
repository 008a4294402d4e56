import { Badge, Button, Code, EmptyState, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RoleBadge } from '../members/RoleBadge.tsx';
import { useApiKeys, useRevokeApiKey, type ApiKey } from './api.ts';
import { CreateApiKeyModal } from './CreateApiKeyModal.tsx';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, { open, close }] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
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
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRevoking(k)}>
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
      <Loaded query={keys}>
        {(items) => (
          <DataTable
            label={t('nav.apiKeys')}
            columns={columns}
            rows={items}
            rowKey={(k) => k.apiKeyId}
            empty={
              <EmptyState
                py={48}
                variant="light"
                icon={<IconKey size={28} stroke={1.5} />}
                title={t('apiKeys.emptyTitle')}
                description={t('apiKeys.emptyDescription')}
              />
            }
          />
        )}
      </Loaded>
      <CreateApiKeyModal opened={creating} onClose={close} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('apiKeys.revokeTitle')}
        message={t('apiKeys.revokeConfirm', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.apiKeyId, { onSuccess: () => setRevoking(null) })}
      />
    </>
  );
}
