// The auth domain: accounts, sessions, sign-in throttling, memberships, invitations and API keys.
export { authRoutes, type AuthRouteHooks } from './routes.ts';
export { accessRoutes } from './access-routes.ts';
export { authenticator } from './authenticate.ts';
export { ensureAdmin, setupNeeded } from './service.ts';
export { emailKey } from './throttle.ts';
export { sweepSessionsJob } from './jobs.ts';
export { isMember, memberNameMap } from './members.ts';
