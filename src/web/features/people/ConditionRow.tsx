import { ActionIcon, Group, MultiSelect, NumberInput, Paper, SegmentedControl, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../common/filters.ts';
import { OptionPicker } from '../fields/CustomValueInput.tsx';
import { CompanyPicker } from './CompanyPicker.tsx';
import { dayOf, dayValue, valueKind, withOp, type FilterField } from './filterModel.ts';
import { useTags } from './listApi.ts';
import type { useFilterLabels } from './useFilterLabels.tsx';

type Labels = ReturnType<typeof useFilterLabels>;

interface ValueProps {
  condition: Condition;
  field: FilterField;
  labels: Labels;
  onChange: (value: unknown) => void;
  error?: string;
}

/** The value of a condition, in the input its field and operator call for. */
function ConditionValue({ condition, field, labels, onChange, error }: ValueProps) {
  const { t } = useTranslation();
  const tags = useTags();
  const label = t('people.filter.value');
  const value = condition.value;
  const text = typeof value === 'string' ? value : '';
  const strings = Array.isArray(value) ? (value as string[]) : [];
  const common = { label, error, size: 'sm' as const };
  switch (valueKind(field, condition.op)) {
    case 'none':
      return error ? <Text size="sm" c="red">{error}</Text> : null;
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} onChange={(n) => onChange(typeof n === 'number' ? n : '')} thousandSeparator="," hideControls />;
    case 'date':
      return <TextInput {...common} type="date" value={text} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'day':
      return <TextInput {...common} type="date" value={dayOf(value)} onChange={(event) => onChange(dayValue(event.currentTarget.value))} />;
    case 'choices':
      return field.custom ? (
        <OptionPicker size="sm" label={label} options={field.custom.options} value={strings} onChange={onChange} error={error} />
      ) : (
        <MultiSelect {...common} data={field.choices.map((c) => ({ value: c, label: labels.choiceLabel(field, c) }))} value={strings} onChange={onChange} searchable hidePickedOptions />
      );
    case 'choice':
      return <Select {...common} data={field.choices.map((c) => ({ value: c, label: labels.choiceLabel(field, c) }))} value={text || null} onChange={(next) => onChange(next ?? '')} searchable />;
    case 'tags':
      return <TagsInput {...common} data={(tags.data ?? []).map((tag) => tag.name)} value={strings} onChange={onChange} splitChars={[',', '、']} />;
    case 'member':
      return <Select {...common} data={labels.members.map((m) => ({ value: m.userId, label: m.displayName }))} value={text || null} onChange={(next) => onChange(next ?? '')} searchable />;
    case 'company':
      return <CompanyPicker label={label} value={text} onChange={onChange} error={error} />;
    case 'boolean':
      return (
        <SegmentedControl
          aria-label={label}
          data={[{ value: 'true', label: t('customFields.yes') }, { value: 'false', label: t('customFields.no') }]}
          value={value === false ? 'false' : 'true'}
          onChange={(next) => onChange(next === 'true')}
        />
      );
    default:
      return <TextInput {...common} value={text} onChange={(event) => onChange(event.currentTarget.value)} autoComplete="off" />;
  }
}

interface ConditionRowProps {
  index: number;
  condition: Condition;
  /** Undefined when the condition names a field that no longer exists. */
  field: FilterField | undefined;
  fields: readonly FilterField[];
  labels: Labels;
  onChange: (condition: Condition) => void;
  onFieldChange: (key: string) => void;
  onRemove: () => void;
  error?: string;
}

/** One condition of the filter builder: the field, how to compare, the value; and a button to drop it. */
export function ConditionRow({ index, condition, field, fields, labels, onChange, onFieldChange, onRemove, error }: ConditionRowProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={t('people.filter.conditionN', { n: index + 1 })}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            size="sm"
            label={t('people.filter.field')}
            data={labels.fieldData(fields)}
            value={field ? field.key : null}
            placeholder={field ? undefined : condition.field}
            onChange={(key) => key && onFieldChange(key)}
            searchable
            allowDeselect={false}
            error={field ? undefined : t('people.filter.unknownField')}
            style={{ flex: 1, minWidth: 0 }}
          />
          <ActionIcon variant="subtle" color="gray" size={36} onClick={onRemove} aria-label={t('people.filter.remove', { n: index + 1 })}>
            <IconX size={18} />
          </ActionIcon>
        </Group>
        {field ? (
          <Group gap="xs" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            <Select
              size="sm"
              label={t('people.filter.op')}
              data={field.ops.map((op) => ({ value: op, label: labels.opLabel(field, op) }))}
              value={condition.op}
              onChange={(op) => op && onChange(withOp(condition, field, op as Condition['op']))}
              allowDeselect={false}
              style={{ minWidth: 160 }}
            />
            <div style={{ minWidth: 200 }}>
              <ConditionValue condition={condition} field={field} labels={labels} onChange={(value) => onChange({ ...condition, value })} error={error} />
            </div>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
