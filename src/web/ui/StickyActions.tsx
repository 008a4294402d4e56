import { Box, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePhone } from './usePhone.ts';

interface StickyActionsProps {
  /** Shown above the buttons while there is something to say before saving (duplicates, a conflict). */
  notice?: ReactNode;
  /** The buttons; on a phone they share the width, each a full thumb's target. */
  children: ReactNode;
}

/**
 * The buttons of a long form, held at the bottom of the screen: on a phone at the counter, saving is
 * always one thumb away, and what must be read before saving sits right above the button.
 */
export function StickyActions({ notice, children }: StickyActionsProps) {
  const phone = usePhone();
  return (
    <Box
      pos="sticky"
      bottom={0}
      mt="md"
      mx={{ base: 'calc(var(--mantine-spacing-sm) * -1)', sm: 0 }}
      p="sm"
      bg="white"
      style={{ zIndex: 3, borderTop: '1px solid var(--mantine-color-gray-3)', boxShadow: '0 -4px 12px rgba(0, 0, 0, 0.06)' }}
    >
      <Stack gap="sm">
        {notice}
        <Group justify="flex-end" gap="sm" grow={phone}>
          {children}
        </Group>
      </Stack>
    </Box>
  );
}
