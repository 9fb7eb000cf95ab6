import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Me, Role } from '@ladder/contracts';

export const ROLES_KEY = 'ladder:roles';
export const PUBLIC_KEY = 'ladder:public';

/** Who may call a handler (or every handler of a controller). Every route has this or `@Public()`. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The signed-in user, as the auth guard put it on the request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Me => {
  const request = context.switchToHttp().getRequest<{ user?: Me }>();
  if (!request.user) throw new Error('CurrentUser used on a route without an authenticated user');
  return request.user;
});
