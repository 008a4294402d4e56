import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Detail {
  label: ReactNode;
  /** Empty values (null, '', undefined) are left out: a record page shows what is known. */
  value: ReactNode;
  key: string;
}

/** Label and value pairs of a record, one per line, with long values wrapping under their own column. */
export function DetailList({ items, empty }: { items: Detail[]; empty: ReactNode }) {
  const shown = items.filter((item) => item.value !== null && item.value !== undefined && item.value !== '');
  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="dl" m={0}>
      {shown.map((item) => (
        <Group key={item.key} gap="sm" wrap="nowrap" align="flex-start">
          <Text component="dt" size="sm" c="dimmed" w="8em" style={{ flexShrink: 0 }}>
            {item.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {item.value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
