import type { Team, User } from '@ladder/contracts';
import type { TeamEntity } from './team.entity';
import type { UserEntity } from './user.entity';

export function toTeam(entity: TeamEntity): Team {
  return { id: entity.id, name: entity.name, level: entity.level, capacity: entity.capacity };
}

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    name: entity.name,
    email: entity.email,
    role: entity.role,
    teamId: entity.teamId,
    levels: entity.levels,
  };
}
