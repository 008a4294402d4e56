// The views domain: saved list setups (search, filter, sort, columns) shared in a workspace.
export { viewRoutes } from './routes.ts';
