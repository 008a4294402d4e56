import { ColorSwatch, Group, Input, MultiSelect, NumberInput, SegmentedControl, Select, Textarea, TextInput, type ComboboxItem } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field, FieldOption } from './api.ts';
import type { CustomValue } from './customValues.ts';

// As on the record forms: size md (42 px targets, and 16 px text below which a phone zooms on focus), and
// autoComplete off (these are a customer's details, not the staff member's own).

interface OptionPickerProps {
  options: readonly FieldOption[];
  label: ReactNode;
  value: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  required?: boolean;
  size?: 'sm' | 'md';
  /** Opens its list within the panel it sits in (the list filter), rather than over the page. */
  inPanel?: boolean;
}

const optionData = (options: readonly FieldOption[]) => options.map((o) => ({ value: o.optionId, label: o.label }));

/** An option in a dropdown with its colour, as the badges show it. */
function optionRenderer(options: readonly FieldOption[]) {
  const colors = new Map(options.map((o) => [o.optionId, o.color]));
  return ({ option }: { option: ComboboxItem }) => (
    <Group gap="xs" wrap="nowrap">
      <ColorSwatch color={colors.get(option.value) ?? 'var(--mantine-color-gray-4)'} size={12} withShadow={false} />
      <span>{option.label}</span>
    </Group>
  );
}

/** Several options of a choice field, found by typing (a field can have hundreds). Shared with the filters. */
export function OptionPicker({ options, label, value, onChange, error, required, size = 'md', inPanel = false }: OptionPickerProps) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      size={size}
      label={label}
      data={optionData(options)}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('customFields.noOptionMatch')}
      placeholder={value.length === 0 ? t('customFields.choose') : undefined}
      renderOption={optionRenderer(options)}
      maxDropdownHeight={280}
      comboboxProps={inPanel ? { withinPortal: false } : undefined}
    />
  );
}

interface CustomValueInputProps {
  field: Field;
  value: CustomValue | undefined;
  onChange: (value: CustomValue) => void;
  error?: ReactNode;
}

/** The input for a custom field's value, one kind per field type; the same on the person and the company form. */
export function CustomValueInput({ field, value, onChange, error }: CustomValueInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const common = { size: 'md' as const, label: field.label, required: field.required, error };
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'long_text':
      return <Textarea {...common} autosize minRows={2} value={text} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'number':
    case 'currency':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          // A number typed halfway ('-', '1.') is no value yet; the input keeps showing it.
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
          thousandSeparator=","
          allowDecimal={field.type === 'number'}
          suffix={field.type === 'currency' ? t('customFields.yenSuffix') : undefined}
          hideControls
          inputMode={field.type === 'number' ? 'decimal' : 'numeric'}
        />
      );
    case 'date':
      return <TextInput {...common} type="date" min="1900-01-01" value={text} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'boolean':
      return (
        <Input.Wrapper {...common} id={id}>
          <SegmentedControl
            fullWidth
            size="md"
            aria-labelledby={`${id}-label`}
            data={[
              { value: '', label: t('customFields.notSelected') },
              { value: 'true', label: t('customFields.yes') },
              { value: 'false', label: t('customFields.no') },
            ]}
            value={value === true ? 'true' : value === false ? 'false' : ''}
            onChange={(next) => onChange(next === '' ? null : next === 'true')}
          />
        </Input.Wrapper>
      );
    case 'single_choice':
      return (
        <Select
          {...common}
          data={optionData(field.options)}
          value={text || null}
          onChange={(next) => onChange(next)}
          searchable
          clearable
          nothingFoundMessage={t('customFields.noOptionMatch')}
          placeholder={t('customFields.choose')}
          renderOption={optionRenderer(field.options)}
          maxDropdownHeight={280}
        />
      );
    case 'multiple_choice':
      return <OptionPicker {...common} options={field.options} value={Array.isArray(value) ? value : []} onChange={onChange} />;
    default: {
      const kind = { url: ['url', 'url'], email: ['email', 'email'], phone: ['tel', 'tel'] } as const;
      const [type, inputMode] = field.type === 'text' ? (['text', 'text'] as const) : kind[field.type];
      return <TextInput {...common} type={type} inputMode={inputMode} autoComplete="off" value={text} onChange={(event) => onChange(event.currentTarget.value)} />;
    }
  }
}
