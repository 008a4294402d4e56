import { Button, Group, Text } from '@mantine/core';

/** A notification's text with the button that takes back what it reports (a deletion, a bulk change). */
export function UndoMessage({ text, undoLabel, onUndo }: { text: string; undoLabel: string; onUndo: () => void }) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Text size="sm">{text}</Text>
      <Button size="compact-md" variant="light" onClick={onUndo}>
        {undoLabel}
      </Button>
    </Group>
  );
}

// Long enough to notice a slip and reach the button, short enough not to linger over the next task.
export const UNDO_MS = 10_000;
