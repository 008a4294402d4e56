import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../app/forms.ts';
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

  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim() },
      {
        onSuccess: () => {
          close();
          onCreated();
        },
        onError: (error) => showFieldErrors(form, error),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('workspace.createTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('workspace.createHelp')}
          </Text>
          <TextInput label={t('workspace.name')} required data-autofocus {...form.getInputProps('name')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('ui.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('workspace.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
