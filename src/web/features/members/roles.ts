import { ROLES, type Role } from '../../../common/roles.ts';

/** Roles someone may hand out: an admin up to admin, only an owner can make another owner. */
export function assignableRoles(actor: Role): Role[] {
  return ROLES.filter((role) => role !== 'owner' || actor === 'owner');
}
