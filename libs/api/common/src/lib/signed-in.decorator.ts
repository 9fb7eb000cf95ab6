import { RoleSchema } from '@ladder/contracts';
import { Roles } from './access.decorators';

/** Any signed-in user, whatever the role. */
export const SignedIn = () => Roles(...RoleSchema.options);
