import { Modal, NativeSelect, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { submitTo } from '../../app/forms.ts';
import { ModalForm } from '../../ui/ModalForm.tsx';
import { useCreateField, type EntityType, type FieldType } from './api.ts';
import { FIELD_TYPES, isChoice, parseOptionLines } from './options.ts';

interface CreateFieldValues {
  label: string;
  type: FieldType;
  required: boolean;
  /** The first options of a choice field, one per line. */
  options: string;
}

const initialValues: CreateFieldValues = { label: '', type: 'text', required: false, options: '' };

/** Defines a new field: its name, its type (fixed once made), whether it must be filled in, and the first options of a choice. */
export function CreateFieldModal({ entityType, opened, onClose }: { entityType: EntityType; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateField(entityType);
  const form = useForm<CreateFieldValues>({
    initialValues,
    validate: { label: (value) => (value.trim() ? null : t('validation.required')) },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = submitTo(
    form,
    create,
    (values) => ({
      label: values.label.trim(),
      type: values.type,
      required: values.required,
      ...(isChoice(values.type) ? { options: parseOptionLines(values.options, []).labels.map((label) => ({ label })) } : {}),
    }),
    (field) => {
      notifications.show({ color: 'teal', message: t('customFields.created', { label: field.label }) });
      close();
    },
  );

  return (
    <Modal opened={opened} onClose={close} title={t(`customFields.createTitle.${entityType}`)} centered size="lg">
      <ModalForm onSubmit={submit} onCancel={close} submitLabel={t('customFields.createSubmit')} loading={create.isPending}>
        <TextInput label={t('customFields.fields.label')} required autoComplete="off" data-autofocus {...form.getInputProps('label')} />
        <NativeSelect
          label={t('customFields.fields.type')}
          description={t('customFields.typeHelp')}
          data={FIELD_TYPES.map((type) => ({ value: type, label: t(`customFields.types.${type}`) }))}
          {...form.getInputProps('type')}
        />
        {isChoice(form.values.type) ? (
          <Textarea
            label={t('customFields.fields.options')}
            description={t('customFields.optionLinesHelp')}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('options')}
          />
        ) : null}
        <Switch label={t('customFields.fields.required')} description={t('customFields.requiredHelp')} {...form.getInputProps('required', { type: 'checkbox' })} />
      </ModalForm>
    </Modal>
  );
}
