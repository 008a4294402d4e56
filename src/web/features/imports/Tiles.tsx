import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';

export interface Tile {
  key: string;
  label: string;
  value: number;
  /** The number's colour when it is not zero (red for errors, say). */
  color: string;
  hint?: string;
}

/** Counts side by side (two a row on a phone), each a group named by its label so that it reads as "新規 29". */
export function Tiles({ tiles }: { tiles: Tile[] }) {
  const locale = currentLocale();
  return (
    <SimpleGrid cols={{ base: 2, sm: tiles.length }} spacing="sm">
      {tiles.map((tile) => (
        <Paper key={tile.key} withBorder radius="md" p="sm" role="group" aria-label={tile.label}>
          <Text size="sm" c="dimmed">
            {tile.label}
          </Text>
          <Text fz={28} fw={700} lh={1.2} c={tile.value > 0 ? tile.color : 'dimmed'}>
            {formatNumber(tile.value, locale)}
          </Text>
          {tile.hint ? (
            <Text size="xs" c="dimmed" mt={2}>
              {tile.hint}
            </Text>
          ) : null}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
