import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RevealOnceModal } from '../../app/RevealOnceModal.tsx';
import { useCurrentSession, type Role } from '../../app/session.ts';
import { assignableRoles } from '../members/roles.ts';
import { useCreateInvitation } from './api.ts';

/** Invite by link: the URL is shown once, to be sent to the person by whatever channel the shop uses. */
export function CreateInvitationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const create = useCreateInvitation();
  const form = useForm({
    initialValues: { email: '', role: 'member' as Role },
    validate: { email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.email')) },
  });

  return (
    <RevealOnceModal
      opened={opened}
      onClose={onClose}
      title={t('invitations.createTitle')}
      form={form}
      mutation={create}
      toBody={(values) => ({ email: values.email.trim(), role: values.role })}
      reveal={(result) => result.url}
      revealLabel={t('invitations.url')}
      warning={t('invitations.urlWarning')}
      doneLabel={t('ui.done')}
      submitLabel={t('invitations.createSubmit')}
    >
      <TextInput label={t('fields.email')} type="email" required data-autofocus {...form.getInputProps('email')} />
      <Select
        label={t('fields.role')}
        data={assignableRoles(session.role).map((role) => ({ value: role, label: t(`role.${role}`) }))}
        allowDeselect={false}
        description={t(`roleHelp.${form.getValues().role}`)}
        {...form.getInputProps('role')}
      />
    </RevealOnceModal>
  );
}
