import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles, UuidPipe } from '@ladder/api/common';
import type { Escalation, EscalationList, Me, Source, TimelineEvent } from '@ladder/contracts';
import { EscalationCreationService } from './escalation-creation.service';
import { EscalationQueriesService } from './escalation-queries.service';
import { CreateEscalationDto, EscalationListQueryDto } from './escalation.dto';
import { RequestSource } from './request-source';

@Controller('escalations')
export class EscalationsController {
  constructor(
    private readonly queries: EscalationQueriesService,
    private readonly creation: EscalationCreationService,
  ) {}

  @Get()
  @Roles('agent', 'manager', 'process_owner', 'admin')
  list(@Query() query: EscalationListQueryDto, @CurrentUser() me: Me): Promise<EscalationList> {
    return this.queries.list(query, me);
  }

  @Post()
  @Roles('agent', 'manager', 'admin')
  create(
    @Body() body: CreateEscalationDto,
    @CurrentUser() me: Me,
    @RequestSource() source: Source,
    @Headers('idempotency-key') key?: string,
  ): Promise<Escalation> {
    return this.creation.create(body, me, source, key);
  }

  @Get(':id')
  @Roles('agent', 'manager', 'process_owner', 'admin')
  get(@Param('id', UuidPipe) id: string): Promise<Escalation> {
    return this.queries.get(id);
  }

  @Get(':id/timeline')
  @Roles('agent', 'manager', 'process_owner', 'admin')
  timeline(@Param('id', UuidPipe) id: string): Promise<TimelineEvent[]> {
    return this.queries.timeline(id);
  }
}
