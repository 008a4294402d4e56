// The navigation of the shell, in one list, so the navbar and the role checks of the routes agree.
import {
  IconBuilding, IconCalendarRepeat, IconChartBar, IconCopy, IconFileImport, IconFilter, IconForms, IconHistory, IconHome, IconKey, IconListDetails, IconSend, IconSettings,
  IconUsers, IconUsersGroup, type Icon,
} from '@tabler/icons-react';
import type { Role } from '../session.ts';

export type NavKey =
  | 'home' | 'people' | 'companies' | 'renewals' | 'duplicates' | 'imports' | 'segments' | 'delivery' | 'forms' | 'reports' | 'members' | 'customFields' | 'apiKeys' | 'audit' | 'settings';

export interface NavItem {
  key: NavKey;
  to: string;
  icon: Icon;
  /** The lowest role that sees the entry; the server enforces the same on its routes. */
  minRole: Role;
}

export const MAIN_NAV: NavItem[] = [
  { key: 'home', to: '/', icon: IconHome, minRole: 'viewer' },
  { key: 'people', to: '/people', icon: IconUsers, minRole: 'viewer' },
  { key: 'companies', to: '/companies', icon: IconBuilding, minRole: 'viewer' },
  { key: 'renewals', to: '/contracts/renewals', icon: IconCalendarRepeat, minRole: 'viewer' },
  { key: 'duplicates', to: '/duplicates', icon: IconCopy, minRole: 'viewer' },
  { key: 'imports', to: '/imports', icon: IconFileImport, minRole: 'member' },
  { key: 'segments', to: '/segments', icon: IconFilter, minRole: 'viewer' },
  { key: 'delivery', to: '/delivery', icon: IconSend, minRole: 'viewer' },
  { key: 'forms', to: '/forms', icon: IconForms, minRole: 'viewer' },
  { key: 'reports', to: '/reports', icon: IconChartBar, minRole: 'viewer' },
];

export const ADMIN_NAV: NavItem[] = [
  { key: 'members', to: '/members', icon: IconUsersGroup, minRole: 'admin' },
  { key: 'customFields', to: '/settings/fields', icon: IconListDetails, minRole: 'admin' },
  { key: 'apiKeys', to: '/api-keys', icon: IconKey, minRole: 'admin' },
  { key: 'audit', to: '/audit', icon: IconHistory, minRole: 'admin' },
];

export const SETTINGS_NAV: NavItem = { key: 'settings', to: '/settings', icon: IconSettings, minRole: 'viewer' };
