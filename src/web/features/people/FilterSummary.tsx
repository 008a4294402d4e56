import { Button, Group, Pill, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Filter } from '../../../common/filters.ts';
import { CompanyName } from './CompanyPicker.tsx';
import { valueKind, type FilterField } from './filterModel.ts';
import { useFilterLabels } from './useFilterLabels.tsx';

interface FilterSummaryProps {
  filter: Filter;
  fields: readonly FilterField[];
  /** Conditions the server refused, by index: their pill is marked. */
  problems: Record<number, string>;
  onChange: (filter: Filter | null) => void;
  onEdit: () => void;
}

/** The conditions in force, one pill each that can be dropped, above the list they narrow. */
export function FilterSummary({ filter, fields, problems, onChange, onEdit }: FilterSummaryProps) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const remove = (index: number) => {
    const conditions = filter.conditions.filter((_, i) => i !== index);
    onChange(conditions.length > 0 ? { ...filter, conditions } : null);
  };
  return (
    <Group gap="xs" align="center" aria-label={t('people.filter.active')} role="group">
      {filter.conditions.length > 1 ? (
        <Text size="sm" c="dimmed">
          {t(`people.filter.match.${filter.match}`)}
        </Text>
      ) : null}
      {filter.conditions.map((condition, index) => {
        const field = byKey.get(condition.field);
        const name = field ? labels.fieldLabel(field) : t('people.filter.unknownField');
        const op = field ? labels.opLabel(field, condition.op) : '';
        const value = field && valueKind(field, condition.op) === 'company' ? <CompanyName companyId={String(condition.value ?? '')} /> : field ? labels.valueText(condition, field) : '';
        // A condition on a field since archived has nothing more to say than that.
        const text = field ? t('people.filter.summary', { field: name, op }) : name;
        return (
          <Pill
            key={`${index}-${condition.field}`}
            size="md"
            withRemoveButton
            onRemove={() => remove(index)}
            removeButtonProps={{ 'aria-label': t('people.filter.removeN', { n: index + 1 }) }}
            title={problems[index]}
            style={problems[index] !== undefined ? { outline: '1px solid var(--mantine-color-red-6)' } : undefined}
          >
            {text} {value}
          </Pill>
        );
      })}
      <Button variant="subtle" size="compact-sm" onClick={onEdit}>
        {t('people.filter.edit')}
      </Button>
      <Button variant="subtle" size="compact-sm" color="gray" onClick={() => onChange(null)}>
        {t('people.filter.clear')}
      </Button>
    </Group>
  );
}
