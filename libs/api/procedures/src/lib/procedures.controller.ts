import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import type { Me, ProcedureVersion, ProcedureVersionDetail, ProcedureVersionSummary } from '@ladder/contracts';
import { CurrentUser, Roles, SignedIn, UuidPipe } from '@ladder/api/common';
import { ProcedureDetailReader } from './procedure-detail.reader';
import { ProcedureListQueryDto, PublishProcedureDto } from './procedures.dto';
import { ProceduresService } from './procedures.service';

@Controller('procedures')
export class ProceduresController {
  constructor(
    private readonly procedures: ProceduresService,
    private readonly reader: ProcedureDetailReader,
  ) {}

  /**
   * Versions newest first, without definitions: published and retired ones (what the reports' filter offers), or
   * those of `?status=draft,in-review`.
   */
  @Get()
  @SignedIn()
  list(@Query() query: ProcedureListQueryDto): Promise<ProcedureVersionSummary[]> {
    return this.procedures.list(query.status);
  }

  @Get('current')
  @SignedIn()
  current(): Promise<ProcedureVersion> {
    return this.procedures.current();
  }

  /** Any version, e.g. the one an older escalation still runs under, with its lifecycle and review comments. */
  @Get(':id')
  @SignedIn()
  byId(@Param('id', UuidPipe) id: string): Promise<ProcedureVersionDetail> {
    return this.reader.detail(id);
  }

  /** Publishes directly, without review. */
  @Post()
  @Roles('process_owner', 'admin')
  publish(@Body() body: PublishProcedureDto, @CurrentUser() me: Me): Promise<ProcedureVersion> {
    return this.procedures.publish(body, me.id);
  }
}
