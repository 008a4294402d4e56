import { ActionIcon, Button, Checkbox, Divider, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../fields/api.ts';
import { BUILT_IN_COLUMNS, customColumn, moveColumn, toggleColumn } from './columns.ts';
import { useColumnLabel } from './gridColumns.tsx';

interface ColumnChooserProps {
  columns: string[];
  fields: readonly Field[];
  onChange: (columns: string[]) => void;
  onReset: () => void;
}

// Long enough for the built-in columns and a few custom ones; more scroll within the popover.
const LIST_HEIGHT = 420;

/** Which columns the list shows and in what order: the shown ones first, in order, then the others. */
export function ColumnChooser({ columns, fields, onChange, onReset }: ColumnChooserProps) {
  const { t } = useTranslation();
  const label = useColumnLabel(fields);
  const all = [...BUILT_IN_COLUMNS, ...fields.map((f) => customColumn(f.fieldId))];
  const shown = columns.filter((c) => label(c) !== null);
  const hidden = all.filter((c) => !columns.includes(c));

  return (
    <Popover position="bottom-end" width={320} shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={18} />}>
          {t('people.columns.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={LIST_HEIGHT} type="auto">
          <Stack gap={4} role="group" aria-label={t('people.columns.title')}>
            <Text size="xs" c="dimmed" fw={600}>
              {t('people.columns.shown')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('people.columns.nameFirst')}
            </Text>
            {shown.map((column, index) => {
              const name = label(column) ?? column;
              return (
                <Group key={column} gap={4} wrap="nowrap" justify="space-between">
                  <Checkbox label={name} checked onChange={() => onChange(toggleColumn(columns, column))} style={{ minWidth: 0 }} />
                  <Group gap={0} wrap="nowrap">
                    <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => onChange(moveColumn(columns, column, -1))} aria-label={t('people.columns.moveUp', { label: name })}>
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="gray" disabled={index === shown.length - 1} onClick={() => onChange(moveColumn(columns, column, 1))} aria-label={t('people.columns.moveDown', { label: name })}>
                      <IconArrowDown size={16} />
                    </ActionIcon>
                  </Group>
                </Group>
              );
            })}
            {hidden.length > 0 ? (
              <>
                <Divider my={4} />
                <Text size="xs" c="dimmed" fw={600}>
                  {t('people.columns.hidden')}
                </Text>
                {hidden.map((column) => (
                  <Checkbox key={column} label={label(column) ?? column} checked={false} onChange={() => onChange(toggleColumn(columns, column))} py={4} />
                ))}
              </>
            ) : null}
          </Stack>
        </ScrollArea.Autosize>
        <Divider my="xs" />
        <Button variant="subtle" size="compact-sm" color="gray" onClick={onReset}>
          {t('people.columns.reset')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
