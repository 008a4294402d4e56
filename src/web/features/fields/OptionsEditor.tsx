import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowsJoin, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddOptionsForm } from './AddOptionsForm.tsx';
import { useReorderOptions, useUpdateOption, type Field } from './api.ts';
import { MergeOptionsModal } from './MergeOptionsModal.tsx';
import { filterOptions, moveItem } from './options.ts';
import { OptionRow } from './OptionRow.tsx';
import { VirtualList } from './VirtualList.tsx';

// Room for a 36 px button and the row's border.
const ROW_HEIGHT = 46;
// About eight rows: the list scrolls within the card rather than pushing the next field off the page.
const LIST_HEIGHT = 8 * ROW_HEIGHT;
// Below this many, every option is in sight and a filter box would only take room.
const FILTER_FROM = 10;

/** A choice field's options for an admin: add, filter, rename, recolour, move up or down, merge. */
export function OptionsEditor({ field }: { field: Field }) {
  const { t } = useTranslation();
  const update = useUpdateOption(field.entityType, field.fieldId);
  const reorder = useReorderOptions(field.entityType, field.fieldId);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);

  const shown = filterOptions(field.options, query);
  // Options merged away (or removed by someone else) drop out of the selection with the list they left.
  const chosen = field.options.filter((option) => selected.has(option.optionId));
  const ids = field.options.map((option) => option.optionId);
  // Moves swap neighbours in the whole list, so they wait for an unfiltered list and for the last move.
  const canMove = !query.trim() && !reorder.isPending;
  const move = (index: number, delta: -1 | 1) => {
    const next = moveItem(ids, index, delta);
    return canMove && next ? () => reorder.mutate(next) : null;
  };
  const select = (optionId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(optionId);
      else next.delete(optionId);
      return next;
    });

  return (
    <Stack gap="sm">
      {field.options.length >= FILTER_FROM ? (
        <TextInput
          type="search"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          leftSection={<IconSearch size={16} />}
          aria-label={t('customFields.filterOptions')}
          placeholder={t('customFields.filterOptions')}
          description={query.trim() ? t('customFields.filterNoMove') : undefined}
        />
      ) : null}
      {chosen.length > 0 ? (
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="sm" fw={500}>
            {t('customFields.selectedCount', { n: chosen.length })}
          </Text>
          <Group gap="xs">
            <Button variant="default" size="compact-md" onClick={() => setSelected(new Set())}>
              {t('customFields.clearSelection')}
            </Button>
            <Button size="compact-md" leftSection={<IconArrowsJoin size={16} />} disabled={chosen.length < 2} onClick={() => setMerging(true)}>
              {t('customFields.merge')}
            </Button>
          </Group>
        </Group>
      ) : null}
      {shown.length > 0 ? (
        <Paper withBorder radius="sm">
          <VirtualList
            items={shown}
            rowHeight={ROW_HEIGHT}
            maxHeight={LIST_HEIGHT}
            itemKey={(option) => option.optionId}
            label={t('customFields.optionsOf', { label: field.label })}
            renderItem={(option) => {
              const index = ids.indexOf(option.optionId);
              return (
                <OptionRow
                  option={option}
                  selected={selected.has(option.optionId)}
                  onSelect={(on) => select(option.optionId, on)}
                  renaming={renamingId === option.optionId}
                  onRenaming={(on) => setRenamingId(on ? option.optionId : null)}
                  renamePending={update.isPending}
                  onRename={(label) => update.mutate({ optionId: option.optionId, label }, { onSuccess: () => setRenamingId(null) })}
                  onColor={(color) => update.mutate({ optionId: option.optionId, color })}
                  onMoveUp={move(index, -1)}
                  onMoveDown={move(index, 1)}
                />
              );
            }}
          />
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          {field.options.length === 0 ? t('customFields.noOptions') : t('customFields.noOptionMatch')}
        </Text>
      )}
      <AddOptionsForm field={field} />
      {merging && chosen.length >= 2 ? (
        <MergeOptionsModal
          field={field}
          options={chosen}
          onClose={() => setMerging(false)}
          onMerged={() => {
            setMerging(false);
            setSelected(new Set());
          }}
        />
      ) : null}
    </Stack>
  );
}
