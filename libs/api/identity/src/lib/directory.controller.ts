import { Controller, Get, Query } from '@nestjs/common';
import { UserListQuerySchema, type Team, type User } from '@ladder/contracts';
import { SignedIn } from '@ladder/api/common';
import { createZodDto } from 'nestjs-zod';
import { DirectoryService } from './directory.service';

class UserListQueryDto extends createZodDto(UserListQuerySchema) {}

@Controller()
@SignedIn()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('teams')
  teams(): Promise<Team[]> {
    return this.directory.listTeams();
  }

  @Get('users')
  users(@Query() query: UserListQueryDto): Promise<User[]> {
    return this.directory.listUsers(query);
  }
}
