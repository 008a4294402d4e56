import { Accordion, ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportColumn } from './api.ts';

/**
 * The first rows of the file as they were read, behind a fold: where mojibake shows at a glance (髙 or
 * ﾖｼﾀﾞ coming out as garbage). Scrolls sideways inside itself, never the page.
 */
export function FileHead({ columns, samples }: { columns: ImportColumn[]; samples: string[][] }) {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" radius="md">
      <Accordion.Item value="head">
        <Accordion.Control>{t('imports.mapping.fileHead', { rows: samples.length })}</Accordion.Control>
        <Accordion.Panel>
          <ScrollArea type="auto" offsetScrollbars>
            <Table striped withColumnBorders fz="sm" aria-label={t('imports.mapping.fileHeadLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('imports.mapping.line')}</Table.Th>
                  {columns.map((c) => (
                    <Table.Th key={c.column} style={{ whiteSpace: 'nowrap' }}>{c.header}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {samples.map((row, i) => (
                  <Table.Tr key={i}>
                    {/* Line 1 is the header row. */}
                    <Table.Td c="dimmed">{i + 2}</Table.Td>
                    {columns.map((c) => (
                      <Table.Td key={c.column} style={{ whiteSpace: 'nowrap' }}>{row[c.column] ?? ''}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
