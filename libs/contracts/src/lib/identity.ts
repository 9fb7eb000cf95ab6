import { z } from 'zod';
import { RoleSchema } from './enums';

export const LoginSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
});
export type Login = z.infer<typeof LoginSchema>;

export const TeamSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The ladder level this team works at in the current procedure. */
  level: z.number().int().min(1),
  /** Staffed agents, for load against capacity. */
  capacity: z.number().int().min(0),
});
export type Team = z.infer<typeof TeamSchema>;

export const UserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.email(),
  role: RoleSchema,
  teamId: z.uuid().nullable(),
  /** Levels an agent works; empty for other roles. */
  levels: z.array(z.number().int().min(1)),
});
export type User = z.infer<typeof UserSchema>;

export const MeSchema = UserSchema;
export type Me = z.infer<typeof MeSchema>;

export const LoginResultSchema = z.object({
  user: MeSchema,
  /** The same token as the session cookie, for API clients that send `Authorization: Bearer`. */
  token: z.string(),
  /** Send back as `X-CSRF-Token` on state-changing requests made with the cookie. */
  csrfToken: z.string(),
  expiresAt: z.iso.datetime(),
});
export type LoginResult = z.infer<typeof LoginResultSchema>;

/** GET /api/users filters; both optional. */
export const UserListQuerySchema = z.object({
  role: RoleSchema.optional(),
  teamId: z.uuid().optional(),
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;
