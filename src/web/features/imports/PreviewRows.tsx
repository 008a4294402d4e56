import { Accordion, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { IMPORT_ROW_KINDS } from '../../../common/imports.ts';
import type { ImportPreviewRow, ImportRowKind } from '../../../common/imports.ts';
import type { Import } from './api.ts';

const KIND_COLORS: Record<ImportRowKind, string> = { new: 'teal', update: 'ai', duplicateInFile: 'orange', invalid: 'red' };

/** The first rows of each kind the check found, in the mapped columns; invalid rows with what is wrong. */
export function PreviewRows({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const counts = imp.counts;
  const preview = imp.preview;
  if (!counts || !preview) return null;
  const kinds = IMPORT_ROW_KINDS.filter((kind) => counts[kind] > 0);
  const mapped = imp.columns.filter((c) => c.field !== null);
  const labels = new Map(imp.targets.map((x) => [x.key, x.label]));

  const columnsFor = (kind: ImportRowKind): Column<ImportPreviewRow>[] => {
    const bad = (row: ImportPreviewRow, column: number) => row.problems?.some((p) => p.column === column) ?? false;
    return [
      { key: 'line', header: t('imports.preview.line'), render: (row) => t('imports.preview.lineNo', { line: row.line }), nowrap: true },
      ...(kind === 'invalid'
        ? [{
            key: 'problems',
            header: t('imports.preview.problems'),
            render: (row: ImportPreviewRow) => (
              <List size="sm" c="red" spacing={2}>
                {(row.problems ?? []).map((p, i) => <List.Item key={i}>{p.message}</List.Item>)}
              </List>
            ),
          }]
        : []),
      ...(kind === 'duplicateInFile'
        ? [{ key: 'first', header: t('imports.preview.repeats'), render: (row: ImportPreviewRow) => (row.firstLine ? t('imports.preview.lineNo', { line: row.firstLine }) : ''), nowrap: true }]
        : []),
      ...mapped.map((c) => ({
        key: `c${c.column}`,
        // The file's header, and the field it goes to where they differ.
        header: c.field && labels.get(c.field) !== c.header ? `${c.header}（${labels.get(c.field) ?? c.field}）` : c.header,
        render: (row: ImportPreviewRow) => {
          const value = row.cells[c.column] ?? '';
          return bad(row, c.column) ? <Text span c="red" fw={600} size="sm">{value || t('imports.preview.blank')}</Text> : value;
        },
      })),
    ];
  };

  const opened = kinds.includes('invalid') ? 'invalid' : kinds[0];
  return (
    <Accordion multiple variant="separated" radius="md" defaultValue={opened ? [opened] : []}>
      {kinds.map((kind) => (
        <Accordion.Item key={kind} value={kind}>
          <Accordion.Control>
            <Group gap="xs" wrap="nowrap">
              <Badge color={KIND_COLORS[kind]} variant="light" style={{ flexShrink: 0 }}>
                {formatNumber(counts[kind], locale)}
              </Badge>
              <Text fw={600} size="sm">{t(`imports.kinds.${kind}`)}</Text>
              <Text size="xs" c="dimmed">
                {t('imports.preview.firstRows', { rows: preview[kind].length })}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <DataTable columns={columnsFor(kind)} rows={preview[kind]} rowKey={(row) => String(row.line)} label={t(`imports.kinds.${kind}`)} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
