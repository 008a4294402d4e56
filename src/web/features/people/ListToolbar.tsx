import { Badge, Box, Button, Divider, Drawer, Group, Loader, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconArrowsSort, IconFilter, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Filter } from '../../../common/filters.ts';
import type { PeopleSort } from '../../../common/people.ts';
import { usePhone } from '../../ui/usePhone.ts';
import type { Field } from '../fields/api.ts';
import { ColumnChooser } from './ColumnChooser.tsx';
import { FilterBuilder } from './FilterBuilder.tsx';
import type { FilterField } from './filterModel.ts';
import { SORTS } from './listSetup.ts';
import type { ListSetupHandle } from './useListSetup.ts';
import { ViewActions, ViewPicker } from './ViewControls.tsx';

interface ListToolbarProps {
  list: ListSetupHandle;
  search: { text: string; setText: (text: string) => void; busy: boolean };
  customFields: readonly Field[];
  filterFields: readonly FilterField[];
  problems: Record<number, string>;
  canEdit: boolean;
  /** The filter panel, opened from the toolbar or from the conditions shown above the list. */
  filterOpen: boolean;
  setFilterOpen: (open: boolean) => void;
}

function SortSelect({ list, withLabel }: { list: ListSetupHandle; withLabel: boolean }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      // Labelled in a phone's panel, where it also takes the phone's input size.
      size={withLabel ? 'md' : 'sm'}
      label={withLabel ? t('people.sort.label') : undefined}
      aria-label={withLabel ? undefined : t('people.sort.label')}
      leftSection={<IconArrowsSort size={16} />}
      data={SORTS.map((sort) => ({ value: sort, label: t(`people.sort.${sort}`) }))}
      value={list.setup.sort}
      onChange={(event) => list.change({ sort: event.currentTarget.value as PeopleSort })}
    />
  );
}

/**
 * Above the list: the saved view, the search box, the order, the filter and the columns. On a phone all but
 * the search box go into one panel from the bottom, opened by one button that says how many conditions apply.
 */
export function ListToolbar({ list, search, customFields, filterFields, problems, canEdit, filterOpen, setFilterOpen }: ListToolbarProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const conditions = list.setup.filter?.conditions.length ?? 0;
  const apply = (filter: Filter | null) => {
    list.change({ filter });
    setFilterOpen(false);
  };
  const builder = <FilterBuilder filter={list.setup.filter} fields={filterFields} problems={problems} onApply={apply} />;
  const count = conditions > 0 ? <Badge size="sm" circle>{conditions}</Badge> : null;
  const searchBox = (
    <TextInput
      type="search"
      // 16 px text on a phone, below which it zooms the page on focus; the toolbar's height on a wide screen.
      size={phone ? 'md' : 'sm'}
      value={search.text}
      onChange={(event) => search.setText(event.currentTarget.value)}
      aria-label={t('people.searchLabel')}
      placeholder={t('people.searchPlaceholder')}
      leftSection={<IconSearch size={18} />}
      rightSection={search.busy ? <Loader size="xs" aria-label={t('ui.loading')} /> : null}
      style={{ flex: 1, minWidth: 200 }}
    />
  );

  if (phone) {
    return (
      <Stack gap="xs">
        {searchBox}
        <Button variant="default" size="md" leftSection={<IconAdjustmentsHorizontal size={18} />} rightSection={count} onClick={() => setFilterOpen(true)}>
          {list.view ? list.view.name : t('people.filter.phoneButton')}
        </Button>
        <Drawer opened={filterOpen} onClose={() => setFilterOpen(false)} position="bottom" size="90%" title={t('people.filter.phoneTitle')}>
          <Stack gap="md">
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <Box style={{ flex: 1 }}>
                <ViewPicker list={list} phone />
              </Box>
              {canEdit ? <ViewActions list={list} phone /> : null}
            </Group>
            <SortSelect list={list} withLabel />
            <Divider label={t('people.filter.title')} labelPosition="left" />
            {builder}
          </Stack>
        </Drawer>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="nowrap">
        <Box w={240}>
          <ViewPicker list={list} />
        </Box>
        {canEdit ? <ViewActions list={list} /> : null}
      </Group>
      <Group gap="sm" wrap="nowrap" align="center">
        {searchBox}
        <Box w={210} style={{ flexShrink: 0 }}>
          <SortSelect list={list} withLabel={false} />
        </Box>
        <Button variant="default" leftSection={<IconFilter size={18} />} rightSection={count} onClick={() => setFilterOpen(true)} style={{ flexShrink: 0 }}>
          {t('people.filter.button')}
        </Button>
        <ColumnChooser columns={list.columns} fields={customFields} onChange={list.setColumns} onReset={list.resetColumns} />
      </Group>
      <Drawer opened={filterOpen} onClose={() => setFilterOpen(false)} position="right" size={520} title={t('people.filter.title')}>
        {builder}
      </Drawer>
    </Stack>
  );
}
