import { ActionIcon, Button, Group, Menu, Modal, NativeSelect, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitTo } from '../../app/forms.ts';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { ModalForm } from '../../ui/ModalForm.tsx';
import { viewDefinition } from './listSetup.ts';
import { useCreateView, useDeleteView, useUpdateView, type View } from './listApi.ts';
import type { ListSetupHandle } from './useListSetup.ts';

/** The saved views to open; the first entry is the plain list of everyone. Labelled on a phone's panel. */
export function ViewPicker({ list, phone = false }: { list: ListSetupHandle; phone?: boolean }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      size={phone ? 'md' : 'sm'}
      label={phone ? t('views.label') : undefined}
      aria-label={phone ? undefined : t('views.label')}
      data={[{ value: '', label: t('views.all') }, ...list.views.map((v) => ({ value: v.viewId, label: v.name }))]}
      value={list.view?.viewId ?? ''}
      onChange={(event) => list.openView(list.views.find((v) => v.viewId === event.currentTarget.value) ?? null)}
    />
  );
}

/** A name for a view, new or renamed; a name already taken is said under the field, as the server says it. */
function NameModal({ title, initial, onClose, onSaved, save, loading }: {
  title: string;
  initial: string;
  onClose: () => void;
  onSaved: (view: View) => void;
  save: { mutate: (name: string, options: { onSuccess?: (view: View) => void; onError: (error: Error) => void }) => void };
  loading: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { name: initial },
    validate: { name: (value) => (value.trim() ? null : t('validation.required')) },
  });
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <ModalForm onSubmit={submitTo(form, save, (values) => values.name.trim(), onSaved)} onCancel={onClose} submitLabel={t('views.saveSubmit')} loading={loading}>
        <Text size="sm" c="dimmed">
          {t('views.saveHelp')}
        </Text>
        <TextInput label={t('views.name')} placeholder={t('views.namePlaceholder')} required maxLength={100} autoComplete="off" data-autofocus {...form.getInputProps('name')} />
      </ModalForm>
    </Modal>
  );
}

type Dialog = 'create' | 'rename' | 'delete' | null;

/** Saving what is on screen as a view, and for the open view: saving changes to it, renaming, deleting. */
export function ViewActions({ list, phone = false }: { list: ListSetupHandle; phone?: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const create = useCreateView();
  const update = useUpdateView();
  const remove = useDeleteView();
  const view = list.view;
  const definition = viewDefinition(list.setup, list.columns);
  const close = () => setDialog(null);

  const overwrite = () =>
    view && update.mutate({ viewId: view.viewId, definition }, { onSuccess: (saved) => notifications.show({ color: 'teal', message: t('views.updated', { name: saved.name }) }) });

  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size={phone ? 42 : 36} aria-label={t('views.menu')}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPlus size={16} />} onClick={() => setDialog('create')}>
            {t('views.save')}
          </Menu.Item>
          <Menu.Item leftSection={<IconPencil size={16} />} disabled={!view} onClick={() => setDialog('rename')}>
            {t('views.rename')}
          </Menu.Item>
          <Menu.Item leftSection={<IconTrash size={16} />} color="red" disabled={!view} onClick={() => setDialog('delete')}>
            {t('views.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {view && list.modified ? (
        <Button variant="light" size={phone ? 'md' : 'sm'} leftSection={<IconDeviceFloppy size={18} />} onClick={overwrite} loading={update.isPending}>
          {t('views.update')}
        </Button>
      ) : null}
      {dialog === 'create' ? (
        <NameModal
          title={t('views.saveTitle')}
          initial=""
          onClose={close}
          save={{ mutate: (name, options) => create.mutate({ name, definition }, options) }}
          loading={create.isPending}
          onSaved={(saved) => {
            close();
            list.adoptView(saved);
            notifications.show({ color: 'teal', message: t('views.saved', { name: saved.name }) });
          }}
        />
      ) : null}
      {dialog === 'rename' && view ? (
        <NameModal
          title={t('views.renameTitle')}
          initial={view.name}
          onClose={close}
          save={{ mutate: (name, options) => update.mutate({ viewId: view.viewId, name }, options) }}
          loading={update.isPending}
          onSaved={(saved) => {
            close();
            notifications.show({ color: 'teal', message: t('views.renamed', { name: saved.name }) });
          }}
        />
      ) : null}
      <ConfirmModal
        opened={dialog === 'delete' && view !== null}
        title={t('views.deleteTitle', { name: view?.name ?? '' })}
        message={t('views.deleteConfirm')}
        confirmLabel={t('views.delete')}
        loading={remove.isPending}
        onClose={close}
        onConfirm={() =>
          view &&
          remove.mutate(view.viewId, {
            onSuccess: () => {
              close();
              list.openView(null);
              notifications.show({ color: 'teal', message: t('views.deleted', { name: view.name }) });
            },
          })
        }
      />
    </Group>
  );
}
