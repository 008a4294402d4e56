import { ActionIcon, Badge, Box, Button, Card, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconChevronDown, IconChevronUp, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { useArchiveField, useUpdateField, type Field } from './api.ts';
import { InlineRename } from './InlineRename.tsx';
import { isChoice } from './options.ts';
import { OptionBadges } from './OptionBadges.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';

/** What an admin can do to a field itself: rename it, make it required or not, archive it. */
function FieldControls({ field, onRename }: { field: Field; onRename: () => void }) {
  const { t } = useTranslation();
  const archive = useArchiveField(field.entityType);
  const [confirming, setConfirming] = useState(false);
  const confirm = () =>
    archive.mutate(field.fieldId, {
      onSuccess: () => {
        setConfirming(false);
        notifications.show({ color: 'teal', message: t('customFields.archived', { label: field.label }) });
      },
    });
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('customFields.rename')}>
        <ActionIcon variant="subtle" color="gray" size={36} onClick={onRename} aria-label={t('customFields.renameOf', { label: field.label })}>
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('customFields.archive')}>
        <ActionIcon variant="subtle" color="red" size={36} onClick={() => setConfirming(true)} aria-label={t('customFields.archiveOf', { label: field.label })}>
          <IconArchive size={18} />
        </ActionIcon>
      </Tooltip>
      <ConfirmModal
        opened={confirming}
        title={t('customFields.archiveTitle', { label: field.label })}
        message={t('customFields.archiveConfirm')}
        confirmLabel={t('customFields.archive')}
        loading={archive.isPending}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}

/** One custom field: its name, type and whether it is required; for a choice field, its options. */
export function FieldCard({ field, canEdit }: { field: Field; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateField(field.entityType, field.fieldId);
  const [renaming, setRenaming] = useState(false);
  const [showOptions, { toggle }] = useDisclosure(false);
  const choice = isChoice(field.type);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={field.label}>
      <Group justify="space-between" wrap="nowrap" gap="sm" mih={36}>
        {renaming ? (
          <InlineRename
            value={field.label}
            label={t('customFields.newName')}
            loading={update.isPending}
            onCancel={() => setRenaming(false)}
            onSave={(label) => update.mutate({ label }, { onSuccess: () => setRenaming(false) })}
          />
        ) : (
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {field.label}
              </Text>
              {field.required ? (
                <Badge size="sm" variant="light" color="red" radius="sm">
                  {t('customFields.requiredBadge')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {t(`customFields.types.${field.type}`)}
            </Text>
          </Stack>
        )}
        {canEdit && !renaming ? <FieldControls field={field} onRename={() => setRenaming(true)} /> : null}
      </Group>
      {canEdit ? (
        <Switch
          mt="sm"
          label={t('customFields.fields.required')}
          checked={field.required}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ required: event.currentTarget.checked })}
        />
      ) : null}
      {choice ? (
        <Box mt="sm">
          <Button
            variant="subtle"
            size="compact-md"
            px={4}
            onClick={toggle}
            aria-expanded={showOptions}
            rightSection={showOptions ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
          >
            {t('customFields.optionsToggle', { n: field.options.length })}
          </Button>
          {showOptions ? (
            <Box mt="xs">{canEdit ? <OptionsEditor field={field} /> : <OptionBadges options={field.options} />}</Box>
          ) : null}
        </Box>
      ) : null}
    </Card>
  );
}
