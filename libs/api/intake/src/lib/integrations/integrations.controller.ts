import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { CurrentUser, Roles, UuidPipe } from '@ladder/api/common';
import type { Integration, IntegrationWithSecret, Me } from '@ladder/contracts';
import { CreateIntegrationDto, RotateIntegrationSecretDto, UpdateIntegrationDto } from './integrations.dto';
import { IntegrationsService } from './integrations.service';

/** Admins connect monitoring systems: one integration per system, each with its routing and secret. */
@Controller('admin/integrations')
@Roles('admin')
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  @Get()
  list(): Promise<Integration[]> {
    return this.integrations.list();
  }

  @Post()
  create(@Body() body: CreateIntegrationDto, @CurrentUser() me: Me): Promise<IntegrationWithSecret> {
    return this.integrations.create(body, me);
  }

  @Patch(':id')
  update(@Param('id', UuidPipe) id: string, @Body() body: UpdateIntegrationDto): Promise<Integration> {
    return this.integrations.update(id, body);
  }

  @Post(':id/rotate-secret')
  rotateSecret(
    @Param('id', UuidPipe) id: string,
    @Body() body: RotateIntegrationSecretDto,
  ): Promise<IntegrationWithSecret> {
    return this.integrations.rotateSecret(id, body.version);
  }
}
