import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowDown, IconArrowUp, IconPencil, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineRename } from '../fields/InlineRename.tsx';
import type { Touchpoint } from './api.ts';

interface TouchpointRowProps {
  touchpoint: Touchpoint;
  canEdit: boolean;
  busy: boolean;
  onRename: (name: string, done: () => void) => void;
  onArchive: (archived: boolean) => void;
  /** Null where it cannot move (either end of the list, an archived touchpoint). */
  onMoveUp: (() => void) | null;
  onMoveDown: (() => void) | null;
}

/** One touchpoint: its name, and for admins moving it, renaming it and archiving it (or bringing it back). */
export function TouchpointRow({ touchpoint, canEdit, busy, onRename, onArchive, onMoveUp, onMoveDown }: TouchpointRowProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const name = touchpoint.name;
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" mih={52} px="sm" py={6} role="listitem" aria-label={name}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      {renaming ? (
        <InlineRename value={name} label={t('touchpoints.newName')} loading={busy} onCancel={() => setRenaming(false)} onSave={(next) => onRename(next, () => setRenaming(false))} />
      ) : (
        <Text fw={500} c={touchpoint.archived ? 'dimmed' : undefined} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {name}
        </Text>
      )}
      {canEdit && !renaming ? (
        <Group gap={2} wrap="nowrap">
          {touchpoint.archived ? (
            <Button size="compact-sm" variant="subtle" leftSection={<IconRestore size={16} />} loading={busy} onClick={() => onArchive(false)} aria-label={t('touchpoints.unarchiveOf', { name })}>
              {t('touchpoints.unarchive')}
            </Button>
          ) : (
            <>
              <ActionIcon variant="subtle" color="gray" size={36} disabled={!onMoveUp || busy} onClick={onMoveUp ?? undefined} aria-label={t('touchpoints.moveUp', { name })}>
                <IconArrowUp size={18} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="gray" size={36} disabled={!onMoveDown || busy} onClick={onMoveDown ?? undefined} aria-label={t('touchpoints.moveDown', { name })}>
                <IconArrowDown size={18} />
              </ActionIcon>
              <Tooltip label={t('touchpoints.rename')}>
                <ActionIcon variant="subtle" color="gray" size={36} onClick={() => setRenaming(true)} aria-label={t('touchpoints.renameOf', { name })}>
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('touchpoints.archive')}>
                <ActionIcon variant="subtle" color="red" size={36} disabled={busy} onClick={() => onArchive(true)} aria-label={t('touchpoints.archiveOf', { name })}>
                  <IconArchive size={18} />
                </ActionIcon>
              </Tooltip>
            </>
          )}
        </Group>
      ) : null}
    </Group>
  );
}
