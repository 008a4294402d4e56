import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../app/Loaded.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { useFields, type EntityType } from './api.ts';
import { CreateFieldModal } from './CreateFieldModal.tsx';
import { FieldCard } from './FieldCard.tsx';

/** The fields of one kind of record in their order, and for admins the button that adds one. */
export function FieldList({ entityType, canEdit }: { entityType: EntityType; canEdit: boolean }) {
  const { t } = useTranslation();
  const fields = useFields(entityType);
  const [creating, { open, close }] = useDisclosure(false);
  return (
    <Stack gap="md">
      {canEdit ? (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={18} />} onClick={open}>
            {t('customFields.create')}
          </Button>
        </Group>
      ) : null}
      <Loaded query={fields}>
        {(list) =>
          list.length === 0 ? (
            <EmptyPanel
              icon={IconListDetails}
              title={t(`customFields.empty.${entityType}`)}
              description={canEdit ? t('customFields.emptyDescription') : undefined}
            />
          ) : (
            list.map((field) => <FieldCard key={field.fieldId} field={field} canEdit={canEdit} />)
          )
        }
      </Loaded>
      {canEdit ? <CreateFieldModal entityType={entityType} opened={creating} onClose={close} /> : null}
    </Stack>
  );
}
