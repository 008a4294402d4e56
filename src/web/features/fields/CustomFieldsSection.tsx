import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../ui/DetailList.tsx';
import { Section } from '../../ui/Section.tsx';
import type { Field } from './api.ts';
import { apiValue, customFormValues, type CustomValue, type CustomValues } from './customValues.ts';
import { CustomValueInput } from './CustomValueInput.tsx';
import { CustomValueView } from './CustomValueView.tsx';

interface CustomFieldInputsProps {
  fields: readonly Field[];
  values: CustomValues;
  /** The form's errors, keyed as the server names them (`custom.<fieldId>`). */
  errors: Record<string, ReactNode>;
  onChange: (fieldId: string, value: CustomValue) => void;
}

/**
 * A record form's custom fields, after the built-in ones, in the order the admin gave them. Nothing when
 * the workspace has none: a form without them looks as it did before they existed.
 */
export function CustomFieldInputs({ fields, values, errors, onChange }: CustomFieldInputsProps) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <Section title={t('customFields.section')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        {fields.map((field) => (
          <CustomValueInput
            key={field.fieldId}
            field={field}
            value={values[field.fieldId]}
            onChange={(value) => onChange(field.fieldId, value)}
            error={errors[`custom.${field.fieldId}`]}
          />
        ))}
      </SimpleGrid>
    </Section>
  );
}

/** A record page's custom fields, read-only, after the built-in ones; nothing when the workspace has none. */
export function CustomFieldDetails({ fields, custom, empty }: { fields: readonly Field[]; custom: Record<string, unknown>; empty: ReactNode }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <Section title={t('customFields.section')}>
      <DetailList
        empty={empty}
        items={fields.map((field) => {
          const value = custom[field.fieldId];
          const missing = apiValue(customFormValues({ value }).value) === null;
          return { key: field.fieldId, label: field.label, value: missing ? null : <CustomValueView field={field} value={value} links /> };
        })}
      />
    </Section>
  );
}
