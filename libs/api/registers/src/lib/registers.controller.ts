import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import type { CriticalService, RegisterContext, Risk } from '@ladder/contracts';
import { Roles, SignedIn, UuidPipe } from '@ladder/api/common';
import { CriticalServicesService } from './critical-services.service';
import { RegisterContextService } from './register-context.service';
import {
  CriticalServiceInputDto,
  RegisterContextQueryDto,
  RegisterDeleteQueryDto,
  RiskInputDto,
  UpdateCriticalServiceDto,
  UpdateRiskDto,
} from './registers.dto';
import { RisksService } from './risks.service';

const KEEPERS = ['process_owner', 'admin'] as const;

/** The critical-service and risk registers: every signed-in user reads them, process owners and admins keep them. */
@Controller('registers')
export class RegistersController {
  constructor(
    private readonly services: CriticalServicesService,
    private readonly risks: RisksService,
    private readonly contexts: RegisterContextService,
  ) {}

  @Get('services')
  @SignedIn()
  listServices(): Promise<CriticalService[]> {
    return this.services.list();
  }

  @Post('services')
  @Roles(...KEEPERS)
  createService(@Body() body: CriticalServiceInputDto): Promise<CriticalService> {
    return this.services.create(body);
  }

  @Put('services/:id')
  @Roles(...KEEPERS)
  updateService(@Param('id', UuidPipe) id: string, @Body() body: UpdateCriticalServiceDto): Promise<CriticalService> {
    return this.services.update(id, body);
  }

  @Delete('services/:id')
  @HttpCode(204)
  @Roles(...KEEPERS)
  removeService(@Param('id', UuidPipe) id: string, @Query() query: RegisterDeleteQueryDto): Promise<void> {
    return this.services.remove(id, query.rowVersion);
  }

  @Get('risks')
  @SignedIn()
  listRisks(): Promise<Risk[]> {
    return this.risks.list();
  }

  @Post('risks')
  @Roles(...KEEPERS)
  createRisk(@Body() body: RiskInputDto): Promise<Risk> {
    return this.risks.create(body);
  }

  @Put('risks/:id')
  @Roles(...KEEPERS)
  updateRisk(@Param('id', UuidPipe) id: string, @Body() body: UpdateRiskDto): Promise<Risk> {
    return this.risks.update(id, body);
  }

  @Delete('risks/:id')
  @HttpCode(204)
  @Roles(...KEEPERS)
  removeRisk(@Param('id', UuidPipe) id: string, @Query() query: RegisterDeleteQueryDto): Promise<void> {
    return this.risks.remove(id, query.rowVersion);
  }

  /** For the create form: the service's entry, the matching guidelines and the open risks linked to either. */
  @Get('context')
  @SignedIn()
  context(@Query() query: RegisterContextQueryDto): Promise<RegisterContext> {
    return this.contexts.context(query);
  }
}
