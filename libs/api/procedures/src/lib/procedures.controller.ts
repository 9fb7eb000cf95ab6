import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { PublishProcedureSchema, type ProcedureVersion, type ProcedureVersionSummary } from '@ladder/contracts';
import { Roles, SignedIn, UuidPipe } from '@ladder/api/common';
import { createZodDto } from 'nestjs-zod';
import { ProceduresService } from './procedures.service';

class PublishProcedureDto extends createZodDto(PublishProcedureSchema) {}

@Controller('procedures')
export class ProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  /** Every version, newest first, without definitions: what the reports' filter offers. */
  @Get()
  @SignedIn()
  list(): Promise<ProcedureVersionSummary[]> {
    return this.procedures.list();
  }

  @Get('current')
  @SignedIn()
  current(): Promise<ProcedureVersion> {
    return this.procedures.current();
  }

  /** Any version, e.g. the one an older escalation still runs under. */
  @Get(':id')
  @SignedIn()
  byId(@Param('id', UuidPipe) id: string): Promise<ProcedureVersion> {
    return this.procedures.byId(id);
  }

  @Post()
  @Roles('process_owner', 'admin')
  publish(@Body() body: PublishProcedureDto): Promise<ProcedureVersion> {
    return this.procedures.publish(body);
  }
}
