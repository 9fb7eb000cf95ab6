import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Team, User, UserListQuery } from '@ladder/contracts';
import { Repository, type FindOptionsWhere } from 'typeorm';
import { toTeam, toUser } from './identity.mapper';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

/** Who works here: teams and users, for pickers and filters. */
@Injectable()
export class DirectoryService {
  constructor(
    @InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async listTeams(): Promise<Team[]> {
    const rows = await this.teams.find({ order: { level: 'ASC', name: 'ASC' } });
    return rows.map(toTeam);
  }

  async listUsers(query: UserListQuery): Promise<User[]> {
    const where: FindOptionsWhere<UserEntity> = {};
    if (query.role) where.role = query.role;
    if (query.teamId) where.teamId = query.teamId;
    const rows = await this.users.find({ where, order: { name: 'ASC' } });
    return rows.map(toUser);
  }
}
