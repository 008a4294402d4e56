import { Badge, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { ListTable } from '../../app/QueryTable.tsx';
import { ConfirmModal, useConfirm } from '../../ui/ConfirmModal.tsx';
import type { Column } from '../../ui/DataTable.tsx';
import { RoleBadge } from '../members/RoleBadge.tsx';
import { useInvitations, useRevokeInvitation, type Invitation } from './api.ts';
import { CreateInvitationModal } from './CreateInvitationModal.tsx';
import { invitationStatus, type InvitationStatus } from './status.ts';

const STATUS_COLORS: Record<InvitationStatus, string> = { pending: 'yellow', accepted: 'teal', revoked: 'gray', expired: 'gray' };

/** Invitations of the workspace (admins only): who was invited, what became of it, revoke. */
export function InvitationsSection() {
  const { t } = useTranslation();
  const invitations = useInvitations();
  const revoke = useConfirm(useRevokeInvitation(), (invitation: Invitation) => invitation.invitationId);
  const [creating, { open, close }] = useDisclosure(false);
  const [now] = useState(() => Date.now());
  const locale = currentLocale();

  const columns: Column<Invitation>[] = [
    { key: 'email', header: t('fields.email'), render: (i) => i.email },
    { key: 'role', header: t('fields.role'), render: (i) => <RoleBadge role={i.role} /> },
    {
      key: 'status',
      header: t('invitations.status'),
      render: (i) => {
        const status = invitationStatus(i, now);
        return (
          <Badge variant="dot" color={STATUS_COLORS[status]}>
            {t(`invitations.statuses.${status}`)}
          </Badge>
        );
      },
    },
    { key: 'expires', header: t('invitations.expiresAt'), render: (i) => formatDate(i.expiresAt, locale), nowrap: true },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('ui.actions')}</VisuallyHidden>,
      render: (i) =>
        invitationStatus(i, now) === 'pending' ? (
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => revoke.ask(i)}>
            {t('invitations.revoke')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('invitations.description')}
        </Text>
        <Button leftSection={<IconMailForward size={18} />} onClick={open}>
          {t('invitations.create')}
        </Button>
      </Group>
      <ListTable
        query={invitations}
        label={t('invitations.title')}
        columns={columns}
        rowKey={(i) => i.invitationId}
        empty={
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {t('invitations.empty')}
          </Text>
        }
      />
      <CreateInvitationModal opened={creating} onClose={close} />
      <ConfirmModal
        {...revoke.modal}
        title={t('invitations.revokeTitle')}
        message={t('invitations.revokeConfirm', { email: revoke.target?.email ?? '' })}
        confirmLabel={t('invitations.revoke')}
      />
    </Stack>
  );
}
