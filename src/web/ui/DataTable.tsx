// A list of records: a table on wide screens, stacked cards on a phone where ten columns cannot fit.
import { Card, Group, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePhone } from './usePhone.ts';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  /** Keeps a cell on one line in the table (dates, codes); long text wraps by default. */
  nowrap?: boolean;
}

export interface DataTableProps<Row> {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** The accessible name of the table. */
  label: string;
}

export function DataTable<Row>({ columns, rows, rowKey, empty, label }: DataTableProps<Row>) {
  const phone = usePhone();
  if (rows.length === 0 && empty) return <>{empty}</>;
  if (phone) {
    const [first, ...rest] = columns;
    return (
      <Stack gap="sm" role="list" aria-label={label}>
        {rows.map((row) => (
          <Card key={rowKey(row)} withBorder padding="sm" role="listitem">
            {first ? (
              <Text fw={600} mb={4}>
                {first.render(row)}
              </Text>
            ) : null}
            <Stack gap={4}>
              {rest.map((column) => {
                const value = column.render(row);
                // An empty field is left out of the card: a phone has no room for blank rows.
                if (value === '' || value === null || value === undefined) return null;
                return (
                  <Group key={column.key} gap="sm" wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed" w="7em" pt={2} style={{ flexShrink: 0 }}>
                      {column.header}
                    </Text>
                    <Text size="sm" component="div" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      {value}
                    </Text>
                  </Group>
                );
              })}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder radius="md">
      <ScrollArea type="auto">
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.key} style={{ whiteSpace: 'nowrap' }}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key} style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                    {column.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
