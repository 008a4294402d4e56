// The workspaces domain owns the tenant record itself; who belongs to it is the auth domain's.
export { createWorkspace, getWorkspace, anyWorkspaceExists, oldestWorkspace, type Workspace } from './service.ts';
