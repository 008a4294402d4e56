import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanies, useCompany } from '../companies/api.ts';

// Option lists of the filter open inside its panel, not over the page: one opened from a page-level layer
// over a scrolled phone panel sends the panel back to its top, away from the list.
export const IN_PANEL = { withinPortal: false } as const;

// As the list's search box: not at every keystroke, soon enough to feel immediate.
const SEARCH_DELAY_MS = 300;

/** A company's name, fetched; empty until it arrives (or when there is none). */
export function CompanyName({ companyId }: { companyId: string }) {
  const company = useCompany(companyId, companyId !== '');
  return <>{company.data?.name ?? ''}</>;
}

interface CompanyPickerProps {
  value: string;
  onChange: (companyId: string) => void;
  label: string;
  error?: string;
  size: 'sm' | 'md';
}

/** One company, found by typing part of its name (there can be thousands): the server searches, as on the companies page. */
export function CompanyPicker({ value, onChange, label, error, size }: CompanyPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const companies = useCompanies(q);
  const chosen = useCompany(value, value !== '');
  const found = (companies.data?.pages[0]?.items ?? []).map((c) => ({ value: c.companyId, label: c.name }));
  // The chosen one stays among the options whatever the search, so that its name shows.
  const data = chosen.data && !found.some((c) => c.value === value) ? [{ value, label: chosen.data.name }, ...found] : found;
  return (
    <Select
      size={size}
      comboboxProps={IN_PANEL}
      label={label}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already matched (株式会社 or not, kana or kanji); the list shows what it found.
      filter={({ options }) => options}
      nothingFoundMessage={t('people.filter.noCompany')}
      placeholder={t('people.filter.companySearch')}
      error={error}
    />
  );
}
