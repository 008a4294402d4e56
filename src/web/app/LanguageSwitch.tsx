import { SegmentedControl, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from './i18n.ts';

interface LanguageSwitchProps {
  value: Locale;
  onChange: (locale: Locale) => void;
  size?: MantineSize;
  disabled?: boolean;
}

/** 日本語 | English; each language is named in itself, so either reader finds theirs. */
export function LanguageSwitch({ value, onChange, size = 'sm', disabled = false }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      value={value}
      disabled={disabled}
      onChange={(next) => onChange(next === 'en' ? 'en' : 'ja')}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
      aria-label={t('language.label')}
    />
  );
}
