// Fills request.auth from an API key (Authorization: Bearer) or the session cookie.
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../platform/context.ts';
import { findApiKeyCaller } from './access-service.ts';
import { findLiveSession, SESSION_COOKIE } from './session.ts';

export function authenticator(deps: Deps) {
  return async (req: FastifyRequest): Promise<void> => {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const key = await findApiKeyCaller(deps, header.slice(7).trim());
      if (key) {
        req.auth = {
          kind: 'api_key', workspaceId: key.workspace_id, role: key.role, userId: undefined, apiKeyId: key.api_key_id,
          label: `${key.name} (API)`, csrfToken: undefined, sessionHash: undefined,
        };
      }
      // A wrong key never falls back to the cookie: the caller meant the key.
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const s = await findLiveSession(deps, token);
    if (!s) return;
    req.auth = {
      kind: 'session', workspaceId: s.workspace_id, role: s.role, userId: s.user_id, apiKeyId: undefined,
      label: `${s.display_name} <${s.email}>`, csrfToken: s.csrf_token, sessionHash: s.session_hash,
    };
    req.user = { userId: s.user_id, email: s.email, displayName: s.display_name, locale: s.locale };
  };
}
