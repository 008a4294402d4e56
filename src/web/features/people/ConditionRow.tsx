import { ActionIcon, Group, MultiSelect, NativeSelect, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, type ComboboxStringGroupData } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../common/filters.ts';
import { OptionPicker } from '../fields/CustomValueInput.tsx';
import { CompanyPicker, IN_PANEL } from './CompanyPicker.tsx';
import { dayOf, dayValue, valueKind, withOp, type FilterField } from './filterModel.ts';
import { useTags } from './listApi.ts';
import type { useFilterLabels } from './useFilterLabels.tsx';

type Labels = ReturnType<typeof useFilterLabels>;
/** md on a phone (16 px text, below which it zooms the page on focus), sm in the wide panel. */
export type InputSize = 'sm' | 'md';

interface ValueProps {
  condition: Condition;
  field: FilterField;
  labels: Labels;
  onChange: (value: unknown) => void;
  error?: string;
  size: InputSize;
}

interface PickerProps {
  size: InputSize;
  label: string;
  /** Said by the picker only to assistive technology (the picker that adds a condition). */
  hideLabel?: boolean;
  placeholder?: string;
  data: ComboboxStringGroupData;
  value: string | null;
  onChange: (value: string) => void;
  searchable?: boolean;
  error?: string;
}

/**
 * One of a list (a field, an operator): on a phone the phone's own picker, which no panel edge can cut off,
 * and on a wide screen a list that can be searched by typing.
 */
export function Picker({ size, label, hideLabel = false, placeholder, data, value, onChange, searchable = false, error }: PickerProps) {
  const labels = hideLabel ? { 'aria-label': label } : { label };
  if (size === 'md') {
    const none = value === null ? [{ value: '', label: placeholder ?? '', disabled: true }] : [];
    return (
      <NativeSelect {...labels} size="md" data={[...none, ...data]} value={value ?? ''} onChange={(event) => event.currentTarget.value && onChange(event.currentTarget.value)} error={error} />
    );
  }
  return <Select {...labels} size="sm" comboboxProps={IN_PANEL} data={data} value={value} placeholder={placeholder} onChange={(next) => next && onChange(next)} searchable={searchable} allowDeselect={false} error={error} />;
}

/** The value of a condition, in the input its field and operator call for. */
function ConditionValue({ condition, field, labels, onChange, error, size }: ValueProps) {
  const { t } = useTranslation();
  const tags = useTags();
  const label = t('people.filter.value');
  const value = condition.value;
  const text = typeof value === 'string' ? value : '';
  const strings = Array.isArray(value) ? (value as string[]) : [];
  const common = { label, error, size };
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
        <OptionPicker inPanel size={size} label={label} options={field.custom.options} value={strings} onChange={onChange} error={error} />
      ) : (
        <MultiSelect {...common} comboboxProps={IN_PANEL} data={field.choices.map((c) => ({ value: c, label: labels.choiceLabel(field, c) }))} value={strings} onChange={onChange} searchable hidePickedOptions />
      );
    case 'choice':
      return <Select {...common} comboboxProps={IN_PANEL} data={field.choices.map((c) => ({ value: c, label: labels.choiceLabel(field, c) }))} value={text || null} onChange={(next) => onChange(next ?? '')} searchable />;
    case 'tags':
      return <TagsInput {...common} comboboxProps={IN_PANEL} data={(tags.data ?? []).map((tag) => tag.name)} value={strings} onChange={onChange} splitChars={[',', '、']} />;
    case 'member':
      return <Select {...common} comboboxProps={IN_PANEL} data={labels.members.map((m) => ({ value: m.userId, label: m.displayName }))} value={text || null} onChange={(next) => onChange(next ?? '')} searchable />;
    case 'company':
      return <CompanyPicker label={label} value={text} onChange={onChange} error={error} size={size} />;
    case 'boolean':
      return (
        <SegmentedControl
          size={size}
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
  size: InputSize;
}

/** One condition of the filter builder: the field, how to compare, the value; and a button to drop it. */
export function ConditionRow({ index, condition, field, fields, labels, onChange, onFieldChange, onRemove, error, size }: ConditionRowProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={t('people.filter.conditionN', { n: index + 1 })}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <div style={{ flex: 1, minWidth: 0 }}>
            <Picker
              size={size}
              label={t('people.filter.field')}
              data={labels.fieldData(fields)}
              value={field ? field.key : null}
              placeholder={t('people.filter.unknownField')}
              onChange={onFieldChange}
              searchable
              error={field ? undefined : t('people.filter.unknownField')}
            />
          </div>
          <ActionIcon variant="subtle" color="gray" size={size === 'md' ? 42 : 36} onClick={onRemove} aria-label={t('people.filter.remove', { n: index + 1 })}>
            <IconX size={18} />
          </ActionIcon>
        </Group>
        {field ? (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs">
            <Picker
              size={size}
              label={t('people.filter.op')}
              data={field.ops.map((op) => ({ value: op, label: labels.opLabel(field, op) }))}
              value={condition.op}
              onChange={(op) => onChange(withOp(condition, field, op as Condition['op']))}
            />
            <ConditionValue condition={condition} field={field} labels={labels} onChange={(value) => onChange({ ...condition, value })} error={error} size={size} />
          </SimpleGrid>
        ) : null}
      </Stack>
    </Paper>
  );
}
