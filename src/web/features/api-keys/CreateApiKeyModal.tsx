import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RevealOnceModal } from '../../app/RevealOnceModal.tsx';
import type { Role } from '../../app/session.ts';
import { useCreateApiKey } from './api.ts';

// A key acts for a program, not a person: it can be given up to admin rights, never ownership.
const KEY_ROLES: Role[] = ['viewer', 'member', 'admin'];

export function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const form = useForm({
    initialValues: { name: '', role: 'member' as Role },
    validate: { name: (value) => (value.trim() ? null : t('validation.required')) },
  });

  return (
    <RevealOnceModal
      opened={opened}
      onClose={onClose}
      title={t('apiKeys.createTitle')}
      form={form}
      mutation={create}
      toBody={(values) => ({ name: values.name.trim(), role: values.role })}
      reveal={(result) => result.secret}
      revealLabel={t('apiKeys.secret')}
      warning={t('apiKeys.secretWarning')}
      doneLabel={t('apiKeys.secretSaved')}
      submitLabel={t('apiKeys.createSubmit')}
      // Clicking beside the modal must not throw away a secret that is never shown again.
      holdReveal
    >
      <TextInput label={t('apiKeys.name')} description={t('apiKeys.nameHelp')} required data-autofocus {...form.getInputProps('name')} />
      <Select
        label={t('fields.role')}
        data={KEY_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        allowDeselect={false}
        description={t(`roleHelp.${form.getValues().role}`)}
        {...form.getInputProps('role')}
      />
    </RevealOnceModal>
  );
}
