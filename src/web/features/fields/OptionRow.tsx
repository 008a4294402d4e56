import { ActionIcon, Button, Checkbox, ColorSwatch, Group, Popover, SimpleGrid, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldOption } from './api.ts';
import { InlineRename } from './InlineRename.tsx';
import { OPTION_COLORS } from './options.ts';

/** The option's colour as a swatch that opens the palette; a dashed ring for none. */
function ColorButton({ option, onPick }: { option: FieldOption; onPick: (color: string | null) => void }) {
  const { t } = useTranslation();
  const [opened, { close, toggle }] = useDisclosure(false);
  const pick = (color: string | null) => {
    close();
    if (color !== option.color) onPick(color);
  };
  return (
    <Popover opened={opened} onChange={(next) => !next && close()} position="bottom-start" shadow="md" withinPortal>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" size={36} onClick={toggle} aria-label={t('customFields.colorOf', { label: option.label })}>
          {option.color ? (
            <ColorSwatch color={option.color} size={20} />
          ) : (
            <span style={{ width: 20, height: 20, borderRadius: '50%', border: '2px dashed var(--mantine-color-gray-5)' }} />
          )}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <SimpleGrid cols={6} spacing={6} mb="xs">
          {OPTION_COLORS.map((color) => (
            <ColorSwatch
              key={color}
              component="button"
              type="button"
              color={color}
              size={28}
              onClick={() => pick(color)}
              aria-label={color}
              aria-pressed={color === option.color}
              style={{ cursor: 'pointer', outline: color === option.color ? '2px solid var(--mantine-color-dark-4)' : undefined, outlineOffset: 2 }}
            />
          ))}
        </SimpleGrid>
        <Button variant="default" size="compact-sm" fullWidth onClick={() => pick(null)}>
          {t('customFields.noColor')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}

interface OptionRowProps {
  option: FieldOption;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  renaming: boolean;
  onRenaming: (renaming: boolean) => void;
  renamePending: boolean;
  onRename: (label: string) => void;
  onColor: (color: string | null) => void;
  /** Null where the option cannot move (either end of the list, a filtered list, a move under way). */
  onMoveUp: (() => void) | null;
  onMoveDown: (() => void) | null;
}

/** One option of a choice field: select it (for a merge), its colour, its name, and moving it up or down. */
export function OptionRow(props: OptionRowProps) {
  const { t } = useTranslation();
  const { option, renaming } = props;
  return (
    <Group h="100%" gap={4} wrap="nowrap" px={4} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Checkbox
        checked={props.selected}
        onChange={(event) => props.onSelect(event.currentTarget.checked)}
        aria-label={t('customFields.selectOption', { label: option.label })}
        mx={6}
      />
      <ColorButton option={option} onPick={props.onColor} />
      {renaming ? (
        <InlineRename
          value={option.label}
          label={t('customFields.newName')}
          loading={props.renamePending}
          onCancel={() => props.onRenaming(false)}
          onSave={props.onRename}
        />
      ) : (
        <>
          <Text size="sm" truncate="end" style={{ flex: 1, minWidth: 0 }} title={option.label}>
            {option.label}
          </Text>
          <ActionIcon variant="subtle" color="gray" size={36} onClick={() => props.onRenaming(true)} aria-label={t('customFields.renameOf', { label: option.label })}>
            <IconPencil size={18} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" size={36} disabled={!props.onMoveUp} onClick={() => props.onMoveUp?.()} aria-label={t('customFields.moveUp', { label: option.label })}>
            <IconArrowUp size={18} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" size={36} disabled={!props.onMoveDown} onClick={() => props.onMoveDown?.()} aria-label={t('customFields.moveDown', { label: option.label })}>
            <IconArrowDown size={18} />
          </ActionIcon>
        </>
      )}
    </Group>
  );
}
