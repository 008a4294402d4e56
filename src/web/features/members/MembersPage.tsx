import { ActionIcon, Select, Stack, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { ListTable } from '../../app/QueryTable.tsx';
import { roleAtLeast, useCurrentSession, type Role } from '../../app/session.ts';
import { ConfirmModal, useConfirm } from '../../ui/ConfirmModal.tsx';
import type { Column } from '../../ui/DataTable.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { InvitationsSection } from '../invitations/InvitationsSection.tsx';
import { useChangeRole, useMembers, useRemoveMember, type Member } from './api.ts';
import { RoleBadge } from './RoleBadge.tsx';
import { assignableRoles } from './roles.ts';

export function MembersPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const members = useMembers();
  const changeRole = useChangeRole();
  const remove = useConfirm(useRemoveMember(), (member: Member) => member.userId);
  const locale = currentLocale();
  const canManage = roleAtLeast(session.role, 'admin');
  // Nobody edits their own membership here (locking oneself out is one click too easy), and only an
  // owner touches another owner.
  const editable = (member: Member) =>
    canManage && member.userId !== session.user.userId && (member.role !== 'owner' || session.role === 'owner');

  const roleOptions = assignableRoles(session.role).map((role) => ({ value: role, label: t(`role.${role}`) }));

  const columns: Column<Member>[] = [
    { key: 'name', header: t('fields.displayName'), render: (m) => m.displayName },
    { key: 'email', header: t('fields.email'), render: (m) => m.email },
    {
      key: 'role',
      header: t('fields.role'),
      render: (m) =>
        editable(m) ? (
          <Select
            size="xs"
            w={140}
            data={roleOptions}
            value={m.role}
            allowDeselect={false}
            aria-label={t('members.roleOf', { name: m.displayName })}
            onChange={(value) => value && value !== m.role && changeRole.mutate({ userId: m.userId, role: value as Role })}
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          <RoleBadge role={m.role} />
        ),
    },
    { key: 'joined', header: t('members.joinedAt'), render: (m) => formatDate(m.joinedAt, locale), nowrap: true },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: <VisuallyHidden>{t('ui.actions')}</VisuallyHidden>,
      render: (m) =>
        editable(m) ? (
          <Tooltip label={t('members.remove')}>
            <ActionIcon variant="subtle" color="red" onClick={() => remove.ask(m)} aria-label={t('members.removeOf', { name: m.displayName })}>
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        ) : null,
    });
  }

  return (
    <Stack gap="xl">
      <div>
        <PageHeader title={t('nav.members')} description={t('members.description')} />
        <ListTable query={members} label={t('nav.members')} columns={columns} rowKey={(m) => m.userId} />
      </div>
      {canManage ? (
        <div>
          <Title order={3} fz="h4" mb="sm">
            {t('invitations.title')}
          </Title>
          <InvitationsSection />
        </div>
      ) : null}
      <ConfirmModal
        {...remove.modal}
        title={t('members.removeTitle')}
        message={t('members.removeConfirm', { name: remove.target?.displayName ?? '', email: remove.target?.email ?? '' })}
        confirmLabel={t('members.remove')}
      />
    </Stack>
  );
}
