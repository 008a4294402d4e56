import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../app/forms.ts';
import { useCurrentSession, type Role } from '../../app/session.ts';
import { SecretReveal } from '../../ui/SecretReveal.tsx';
import { assignableRoles } from '../members/roles.ts';
import { useCreateInvitation } from './api.ts';

/** Invite by link: the URL is shown once, to be sent to the person by whatever channel the shop uses. */
export function CreateInvitationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const create = useCreateInvitation();
  const [url, setUrl] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', role: 'member' as Role },
    validate: { email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.email')) },
  });

  const close = () => {
    form.reset();
    setUrl(null);
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    create.mutate(
      { email: values.email.trim(), role: values.role },
      { onSuccess: (result) => setUrl(result.url), onError: (error) => showFieldErrors(form, error) },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('invitations.createTitle')} centered size="lg">
      {url ? (
        <Stack>
          <SecretReveal label={t('invitations.url')} value={url} warning={t('invitations.urlWarning')} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('ui.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput label={t('fields.email')} type="email" required data-autofocus {...form.getInputProps('email')} />
            <Select
              label={t('fields.role')}
              data={assignableRoles(session.role).map((role) => ({ value: role, label: t(`role.${role}`) }))}
              allowDeselect={false}
              description={t(`roleHelp.${form.getValues().role}`)}
              {...form.getInputProps('role')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('ui.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('invitations.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
