import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

export const IDENTITY_ENTITIES = [TeamEntity, UserEntity];
