// The API contract for sign-in, setup, members, invitations and API keys, shared by server and web app.
import { z } from 'zod';
import { ROLES } from './roles.ts';

export const localeSchema = z.enum(['ja', 'en']);
export const roleSchema = z.enum(ROLES);
const email = z.email().max(254);
// Long passphrases are welcome; the upper bound only keeps hashing cost bounded.
const newPassword = z.string().min(10).max(200);
const name = z.string().trim().min(1).max(100);

export const setupBody = z.strictObject({
  workspaceName: name,
  displayName: name,
  email,
  password: newPassword,
  locale: localeSchema.default('ja'),
  loadDemo: z.boolean().default(false),
});

export const loginBody = z.strictObject({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) });
export const passwordBody = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword });
export const meBody = z.strictObject({ displayName: name.optional(), locale: localeSchema.optional() });
export const switchWorkspaceBody = z.strictObject({ workspaceId: z.uuid() });
export const createWorkspaceBody = z.strictObject({ name });

export const memberParams = z.strictObject({ userId: z.uuid() });
export const memberPatchBody = z.strictObject({ role: roleSchema });
export const invitationCreateBody = z.strictObject({ email, role: roleSchema });
export const invitationParams = z.strictObject({ invitationId: z.uuid() });
export const invitationTokenParams = z.strictObject({ token: z.string().min(10).max(200) });
export const invitationAcceptBody = z.strictObject({
  token: z.string().min(10).max(200),
  displayName: name.optional(),
  password: z.string().min(1).max(200),
});
export const apiKeyCreateBody = z.strictObject({ name, role: roleSchema });
export const apiKeyParams = z.strictObject({ apiKeyId: z.uuid() });

export const sessionSchema = z.object({
  user: z.object({ userId: z.string(), email: z.string(), displayName: z.string(), locale: localeSchema }),
  workspace: z.object({ workspaceId: z.string(), name: z.string() }),
  role: roleSchema,
  workspaces: z.array(z.object({ workspaceId: z.string(), name: z.string(), role: roleSchema })),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const memberSchema = z.object({
  userId: z.string(), email: z.string(), displayName: z.string(), role: roleSchema, joinedAt: z.string(),
});
export const invitationSchema = z.object({
  invitationId: z.string(), email: z.string(), role: roleSchema, createdAt: z.string(), expiresAt: z.string(),
  acceptedAt: z.string().nullable(), revokedAt: z.string().nullable(), invitedBy: z.string().nullable(),
});
export const apiKeySchema = z.object({
  apiKeyId: z.string(), name: z.string(), role: roleSchema, prefix: z.string(), createdAt: z.string(),
  lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(),
});
export type Member = z.infer<typeof memberSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type ApiKey = z.infer<typeof apiKeySchema>;
export const invitationPreviewSchema = z.object({ workspaceName: z.string(), email: z.string(), role: roleSchema, existingUser: z.boolean() });
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
