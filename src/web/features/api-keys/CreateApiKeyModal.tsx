import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../app/forms.ts';
import type { Role } from '../../app/session.ts';
import { SecretReveal } from '../../ui/SecretReveal.tsx';
import { useCreateApiKey } from './api.ts';

// A key acts for a program, not a person: it can be given up to admin rights, never ownership.
const KEY_ROLES: Role[] = ['viewer', 'member', 'admin'];

export function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', role: 'member' as Role },
    validate: { name: (value) => (value.trim() ? null : t('validation.required')) },
  });

  const close = () => {
    form.reset();
    setSecret(null);
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), role: values.role },
      { onSuccess: (result) => setSecret(result.secret), onError: (error) => showFieldErrors(form, error) },
    ),
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('apiKeys.createTitle')}
      centered
      size="lg"
      // Clicking beside the modal must not throw away a secret that is never shown again.
      closeOnClickOutside={secret === null}
    >
      {secret ? (
        <Stack>
          <SecretReveal label={t('apiKeys.secret')} value={secret} warning={t('apiKeys.secretWarning')} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('apiKeys.secretSaved')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t('apiKeys.name')}
              description={t('apiKeys.nameHelp')}
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Select
              label={t('fields.role')}
              data={KEY_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
              allowDeselect={false}
              description={t(`roleHelp.${form.getValues().role}`)}
              {...form.getInputProps('role')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('ui.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('apiKeys.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
