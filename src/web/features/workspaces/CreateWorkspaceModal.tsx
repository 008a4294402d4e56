import { Modal, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { submitTo } from '../../app/forms.ts';
import { ModalForm } from '../../ui/ModalForm.tsx';
import { useCreateWorkspace } from './api.ts';

interface CreateWorkspaceModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: () => void;
}

export function CreateWorkspaceModal({ opened, onClose, onCreated }: CreateWorkspaceModalProps) {
  const { t } = useTranslation();
  const create = useCreateWorkspace();
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (value) => (value.trim() ? null : t('validation.required')) },
  });

  const close = () => {
    form.reset();
    onClose();
  };
  const submit = submitTo(form, create, (values) => ({ name: values.name.trim() }), () => {
    close();
    onCreated();
  });

  return (
    <Modal opened={opened} onClose={close} title={t('workspace.createTitle')} centered>
      <ModalForm onSubmit={submit} onCancel={close} submitLabel={t('workspace.createSubmit')} loading={create.isPending}>
        <Text size="sm" c="dimmed">
          {t('workspace.createHelp')}
        </Text>
        <TextInput label={t('workspace.name')} required data-autofocus {...form.getInputProps('name')} />
      </ModalForm>
    </Modal>
  );
}
