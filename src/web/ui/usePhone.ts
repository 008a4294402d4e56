import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is phone-sized: below Mantine's `sm` breakpoint (48em), where the navbar becomes a
 * burger menu and tables become cards. Read on the first render, so nothing flashes in the wrong layout.
 */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
}
