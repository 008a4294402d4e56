import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Condition, Filter } from '../../../common/filters.ts';
import { usePhone } from '../../ui/usePhone.ts';
import { ConditionRow, Picker } from './ConditionRow.tsx';
import { finishDraft, newCondition, type FilterField } from './filterModel.ts';
import { useFilterLabels } from './useFilterLabels.tsx';

interface FilterBuilderProps {
  /** The filter applied now, which the draft starts from. */
  filter: Filter | null;
  fields: readonly FilterField[];
  /** What the server said about the applied filter's conditions, by index. */
  problems: Record<number, string>;
  onApply: (filter: Filter | null) => void;
}

/**
 * Conditions edited as a draft and applied at once, so that the list is not fetched again at every choice
 * made. An unfinished condition is marked rather than sent; what the server refuses is marked on its row.
 */
export function FilterBuilder({ filter, fields, problems, onApply }: FilterBuilderProps) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const size = usePhone() ? 'md' : 'sm';
  const [draft, setDraft] = useState<Filter>(() => filter ?? { match: 'all', conditions: [] });
  // The server's word is about the filter as applied: once the draft changes, it may no longer hold.
  const [edited, setEdited] = useState(false);
  const [unfinished, setUnfinished] = useState<number[]>([]);
  const byKey = new Map(fields.map((f) => [f.key, f]));

  const update = (conditions: Condition[], match = draft.match) => {
    setDraft({ match, conditions });
    setEdited(true);
    setUnfinished([]);
  };
  const replace = (index: number, condition: Condition) => update(draft.conditions.map((c, i) => (i === index ? condition : c)));
  const add = (key: string) => {
    const field = byKey.get(key);
    if (field) update([...draft.conditions, newCondition(field)]);
  };
  const apply = () => {
    const result = finishDraft(draft, fields);
    if (result.ok) onApply(result.filter);
    else setUnfinished(result.unfinished);
  };
  const errorAt = (index: number) => (unfinished.includes(index) ? t('people.filter.unfinished') : edited ? undefined : problems[index]);

  return (
    <Stack gap="md">
      <SegmentedControl
        fullWidth
        aria-label={t('people.filter.matchLabel')}
        data={[
          { value: 'all', label: t('people.filter.matchShort.all') },
          { value: 'any', label: t('people.filter.matchShort.any') },
        ]}
        value={draft.match}
        onChange={(match) => update(draft.conditions, match === 'any' ? 'any' : 'all')}
      />
      {draft.conditions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('people.filter.none')}
        </Text>
      ) : (
        draft.conditions.map((condition, index) => (
          <ConditionRow
            // Rows have no id of their own; removing one re-creates those after it, which holds nothing typed.
            key={`${index}-${condition.field}`}
            index={index}
            condition={condition}
            field={byKey.get(condition.field)}
            fields={fields}
            labels={labels}
            onChange={(next) => replace(index, next)}
            onFieldChange={(key) => {
              const field = byKey.get(key);
              if (field) replace(index, newCondition(field));
            }}
            onRemove={() => update(draft.conditions.filter((_, i) => i !== index))}
            error={errorAt(index)}
            size={size}
          />
        ))
      )}
      <Picker
        // A new picker after each choice: empty and ready for the next (a reused one would keep its last state).
        key={draft.conditions.length}
        size={size}
        label={t('people.filter.add')}
        hideLabel
        placeholder={t('people.filter.addPlaceholder')}
        data={labels.fieldData(fields)}
        value={null}
        onChange={add}
        searchable
      />
      <Group justify="space-between" gap="sm">
        <Button variant="subtle" color="gray" size={size} onClick={() => update([])} disabled={draft.conditions.length === 0}>
          {t('people.filter.clear')}
        </Button>
        <Button size={size} onClick={apply}>
          {t('people.filter.apply')}
        </Button>
      </Group>
    </Stack>
  );
}
