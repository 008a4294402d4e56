import { describe, expect, it } from 'vitest';
import { assignableRoles } from './roles.ts';

describe('assignableRoles', () => {
  it('lets only an owner hand out the owner role', () => {
    expect(assignableRoles('owner')).toEqual(['viewer', 'member', 'admin', 'owner']);
    expect(assignableRoles('admin')).toEqual(['viewer', 'member', 'admin']);
  });
});
