import { Card, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../ui/usePhone.ts';
import type { ImportColumn, ImportTarget } from './api.ts';
import { isCustomTarget, sampleValues } from './mapping.ts';

/** The Select's value for a column left out (a Select cannot hold null as an option). */
const SKIP = '__skip';

interface MappingTableProps {
  columns: ImportColumn[];
  samples: string[][];
  targets: ImportTarget[];
  fields: (string | null)[];
  /** Column → what is wrong with its choice. */
  errors: Map<number, string>;
  onChange: (column: number, field: string | null) => void;
}

/**
 * Which field each column of the file fills: a table on a wide screen, one card a column on a phone — its
 * header, its first values and the choice, which says how the suggestion was made until it is changed.
 */
export function MappingTable({ columns, samples, targets, fields, errors, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const data = [
    { value: SKIP, label: t('imports.mapping.skip') },
    { group: t('imports.mapping.personFields'), items: targets.filter((x) => !isCustomTarget(x)).map((x) => ({ value: x.key, label: x.label })) },
    ...(targets.some(isCustomTarget)
      ? [{ group: t('imports.mapping.customFields'), items: targets.filter(isCustomTarget).map((x) => ({ value: x.key, label: x.label })) }]
      : []),
  ];
  const headerOf = (c: ImportColumn) => c.header.trim() || t('imports.mapping.noHeader', { n: c.column + 1 });

  const choice = (c: ImportColumn) => {
    const field = fields[c.column] ?? null;
    const suggested = c.by !== null && field === c.field;
    return (
      <Select<string>
        label={phone ? t('imports.mapping.target') : undefined}
        aria-label={t('imports.mapping.targetFor', { header: headerOf(c) })}
        data={data}
        value={field ?? SKIP}
        onChange={(value) => onChange(c.column, value === null || value === SKIP ? null : value)}
        allowDeselect={false}
        maxDropdownHeight={320}
        description={suggested && c.by ? t(`imports.mapping.by.${c.by}`) : undefined}
        error={errors.get(c.column)}
        styles={field === null ? { input: { color: 'var(--mantine-color-dimmed)' } } : undefined}
      />
    );
  };
  const values = (c: ImportColumn) => sampleValues(samples, c.column);

  if (phone) {
    return (
      <Stack gap="sm" role="list" aria-label={t('imports.mapping.label')}>
        {columns.map((c) => (
          <Card key={c.column} withBorder padding="sm" role="listitem">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{headerOf(c)}</Text>
            <Stack gap={0} mb="xs">
              {values(c).map((value, i) => (
                <Text key={i} size="sm" c="dimmed" truncate="end">
                  {value}
                </Text>
              ))}
            </Stack>
            {choice(c)}
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing="sm" aria-label={t('imports.mapping.label')} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('imports.mapping.column')}</Table.Th>
            <Table.Th>{t('imports.mapping.samples')}</Table.Th>
            <Table.Th w={280}>{t('imports.mapping.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((c) => (
            <Table.Tr key={c.column}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text fw={600} size="sm">{headerOf(c)}</Text>
              </Table.Td>
              <Table.Td>
                {values(c).map((value, i) => (
                  <Text key={i} size="sm" c="dimmed" truncate="end">
                    {value}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{choice(c)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
