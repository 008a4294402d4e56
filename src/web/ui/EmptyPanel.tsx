import { EmptyState, type EmptyStateProps } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

interface EmptyPanelProps extends Omit<EmptyStateProps, 'icon' | 'variant'> {
  icon: Icon;
}

/** "Nothing here yet" for an empty list or a page still to come, with one look across the app. */
export function EmptyPanel({ icon: PanelIcon, py = 48, ...props }: EmptyPanelProps) {
  return <EmptyState py={py} variant="light" icon={<PanelIcon size={28} stroke={1.5} />} {...props} />;
}
