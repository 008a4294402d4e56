import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from './steps.ts';

const COLORS: Record<ImportStatus, string> = {
  uploaded: 'gray', checking: 'ai', checked: 'cyan', running: 'ai', done: 'teal', failed: 'red', cancelled: 'orange', undoing: 'grape', undone: 'gray',
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`imports.status.${status}`)}
    </Badge>
  );
}
