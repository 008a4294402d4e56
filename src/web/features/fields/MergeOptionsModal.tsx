import { Modal, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../ui/ModalForm.tsx';
import { useMergeOptions, type Field, type FieldOption } from './api.ts';

interface MergeOptionsModalProps {
  field: Field;
  /** The options to merge, in list order; two or more. */
  options: FieldOption[];
  onClose: () => void;
  onMerged: () => void;
}

/**
 * Merges the chosen options into the one kept (say 東京 and 東京都 into 東京都): the others disappear, and
 * every record that held one of them holds the kept one; the notification says how many records changed.
 */
export function MergeOptionsModal({ field, options, onClose, onMerged }: MergeOptionsModalProps) {
  const { t } = useTranslation();
  const merge = useMergeOptions(field.entityType, field.fieldId);
  const [intoId, setIntoId] = useState(options[0]?.optionId ?? '');
  const into = options.find((option) => option.optionId === intoId);
  const submit = (event?: SyntheticEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!into) return;
    const fromOptionIds = options.filter((option) => option.optionId !== intoId).map((option) => option.optionId);
    merge.mutate(
      { fromOptionIds, intoOptionId: intoId },
      {
        onSuccess: ({ recordsChanged }) => {
          notifications.show({ color: 'teal', message: t('customFields.merged', { label: into.label, n: recordsChanged }) });
          onMerged();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('customFields.mergeTitle', { n: options.length })} centered>
      <ModalForm onSubmit={submit} onCancel={onClose} submitLabel={t('customFields.mergeSubmit')} loading={merge.isPending}>
        <Text size="sm">{t('customFields.mergeHelp')}</Text>
        <Radio.Group label={t('customFields.mergeInto')} value={intoId} onChange={setIntoId}>
          <ScrollArea.Autosize mah={280} type="auto" mt="xs">
            <Stack gap="xs">
              {options.map((option) => (
                <Radio key={option.optionId} value={option.optionId} label={option.label} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Radio.Group>
      </ModalForm>
    </Modal>
  );
}
