import { Button, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../ui/usePhone.ts';

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
  const params = new URLSearchParams({ ...formatParams(choice), ...(q ? { q } : {}), ...(filter ? { filter } : {}) });
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
          <Text size="xs" c="dimmed">{t('people.export.safety')}</Text>
          <Button component="a" href={`/api/people/export?${params.toString()}`} download leftSection={<IconDownload size={18} />} onClick={() => setOpened(false)}>
            {t('people.export.download')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
