import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../app/session.ts';

const COLORS: Record<Role, string> = { owner: 'ai', admin: 'grape', member: 'teal', viewer: 'gray' };

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[role]} radius="sm">
      {t(`role.${role}`)}
    </Badge>
  );
}
