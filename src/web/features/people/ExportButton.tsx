import { Anchor, Button, Checkbox, Group, Loader, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../ui/usePhone.ts';
import type { ExportColumn } from '../../../common/people.ts';
import { useExportColumns } from './api.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

interface ExportButtonProps {
  /** The list's search and filter (as the API takes them): the file holds the people the list shows. */
  q: string;
  filter: string | null;
  /** How many that is, when known. */
  count: string | null;
}

type ExportChoice = 'cp932' | 'utf-8' | 'xlsx';

/** The export's query for a choice: a CSV in one of two encodings, or an Excel workbook (no encoding to pick). */
function formatParams(choice: ExportChoice): Record<string, string> {
  return choice === 'xlsx' ? { format: 'xlsx' } : { encoding: choice };
}

/** 書き出す: the people of the list as a file, Excel's Shift_JIS CSV by default (it opens without mojibake). */
export function ExportButton({ q, filter, count }: ExportButtonProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [opened, setOpened] = useState(false);
  const [choice, setChoice] = useState<ExportChoice>('cp932');
  const [which, setWhich] = useState<'all' | 'chosen'>('all');
  const narrowed = which === 'chosen';
  // Null until the user first narrows the columns: then every column starts ticked.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const columns = useExportColumns(opened && narrowed);
  const ticked = chosen ?? columns.data?.map((c) => c.key) ?? [];
  // Kept in the file's order, whatever order they were ticked in.
  const ordered = columns.data?.map((c) => c.key).filter((k) => ticked.includes(k)) ?? [];
  const params = new URLSearchParams({ ...formatParams(choice), ...(q ? { q } : {}), ...(filter ? { filter } : {}), ...(narrowed ? { columns: ordered.join(',') } : {}) });
  const ready = !narrowed || ordered.length > 0;
  return (
    <>
      <Button variant="default" leftSection={<IconDownload size={18} />} onClick={() => setOpened(true)}>
        {t('people.export.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('people.export.title')} fullScreen={phone}>
        <Stack gap="md">
          <Text size="sm">{count === null ? t('people.export.what') : t('people.export.whatCount', { formatted: count })}</Text>
          <Radio.Group value={choice} onChange={(v) => setChoice(v as ExportChoice)} label={t('people.export.format')}>
            <Stack gap="sm" mt="xs">
              <Radio value="cp932" label={t('people.export.cp932')} description={t('people.export.cp932Hint')} />
              <Radio value="utf-8" label={t('people.export.utf8')} description={t('people.export.utf8Hint')} />
              <Radio value="xlsx" label={t('people.export.xlsx')} description={t('people.export.xlsxHint')} />
            </Stack>
          </Radio.Group>
          <Radio.Group value={which} onChange={(v) => setWhich(v as 'all' | 'chosen')} label={t('people.export.columns')}>
            <Stack gap="sm" mt="xs">
              <Radio value="all" label={t('people.export.allColumns')} />
              <Radio value="chosen" label={t('people.export.chosenColumns')} />
            </Stack>
          </Radio.Group>
          {narrowed ? <ColumnChoice columns={columns} ticked={ticked} none={ordered.length === 0} onChange={setChosen} /> : null}
          <Text size="xs" c="dimmed">{t('people.export.safety')}</Text>
          {ready ? (
            <Button component="a" href={`/api/people/export?${params.toString()}`} download leftSection={<IconDownload size={18} />} onClick={() => setOpened(false)}>
              {t('people.export.download')}
            </Button>
          ) : (
            <Button disabled leftSection={<IconDownload size={18} />}>{t('people.export.download')}</Button>
          )}
        </Stack>
      </Modal>
    </>
  );
}

interface ColumnChoiceProps {
  columns: UseQueryResult<ExportColumn[]>;
  ticked: string[];
  /** Nothing ticked: the download waits. */
  none: boolean;
  onChange: (keys: string[]) => void;
}

/** The columns to write, as boxes to tick (two to a row, phones too: the labels are short). */
function ColumnChoice({ columns, ticked, none, onChange }: ColumnChoiceProps) {
  const { t } = useTranslation();
  if (columns.isError) return <ErrorAlert>{t('people.export.columnsFailed')}</ErrorAlert>;
  if (!columns.data) return <Loader size="sm" aria-label={t('people.export.columnsLoading')} />;
  const all = columns.data;
  return (
    <Stack gap="xs">
      <Group gap="md">
        <Anchor component="button" type="button" size="sm" onClick={() => onChange(all.map((c) => c.key))}>{t('people.export.tickAll')}</Anchor>
        <Anchor component="button" type="button" size="sm" onClick={() => onChange([])}>{t('people.export.untickAll')}</Anchor>
      </Group>
      <Checkbox.Group value={ticked} onChange={onChange} aria-label={t('people.export.columns')}>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
          {all.map((c) => <Checkbox key={c.key} value={c.key} label={c.label} />)}
        </SimpleGrid>
      </Checkbox.Group>
      {none ? <Text size="sm" c="red">{t('people.export.noColumns')}</Text> : null}
    </Stack>
  );
}
