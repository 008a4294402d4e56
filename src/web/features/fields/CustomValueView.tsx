import { Anchor, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import type { Field } from './api.ts';
import { chosenOptions, customText, type TextFormats } from './customValues.ts';

/** How values read as text in the UI language: 1,234 / 1,234 円 / 2025/04/01 / はい. */
export function useTextFormats(): TextFormats {
  const { t } = useTranslation();
  const locale = currentLocale();
  return {
    number: (n) => formatNumber(n, locale),
    yen: (n) => t('customFields.yen', { formatted: formatNumber(n, locale) }),
    date: (iso) => formatDate(iso, locale),
    yes: t('customFields.yes'),
    no: t('customFields.no'),
    separator: t('customFields.separator'),
  };
}

interface CustomValueViewProps {
  field: Field;
  value: unknown;
  /** On a record page: links that call, write or open; a list cell stays plain text. */
  links?: boolean;
  /** Keeps choice badges on one line (a list cell); on a record page they wrap. */
  nowrap?: boolean;
}

/** A custom value as shown: choices as their options' coloured badges, the rest as text. */
export function CustomValueView({ field, value, links = false, nowrap = false }: CustomValueViewProps) {
  const formats = useTextFormats();
  if (field.type === 'single_choice' || field.type === 'multiple_choice') {
    const options = chosenOptions(field, value);
    if (options.length === 0) return null;
    return (
      <Group gap={4} wrap={nowrap ? 'nowrap' : 'wrap'} component="span">
        {options.map((option) => (
          <Badge key={option.optionId} variant="light" color={option.color ?? 'gray'} radius="sm" tt="none" style={{ flexShrink: 0 }}>
            {option.label}
          </Badge>
        ))}
      </Group>
    );
  }
  const text = customText(field, value, formats);
  if (!text) return null;
  if (links && typeof value === 'string') {
    const href = field.type === 'url' ? value : field.type === 'email' ? `mailto:${value}` : field.type === 'phone' ? `tel:${value.replace(/[^\d+]/g, '')}` : null;
    if (href) {
      return (
        <Anchor href={href} size="sm" {...(field.type === 'url' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {text}
        </Anchor>
      );
    }
  }
  return <>{text}</>;
}
