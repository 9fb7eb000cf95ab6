import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, Roles, UuidPipe } from '@ladder/api/common';
import type { Escalation, Me, Source } from '@ladder/contracts';
import { EscalationActionsService } from './escalation-actions.service';
import {
  AcknowledgeDto,
  AssignDto,
  CloseDto,
  CommentDto,
  DeEscalateDto,
  EscalateDto,
  ReopenDto,
  ResolveDto,
  ResumeDto,
  StakeholderUpdateDto,
  WaitDto,
} from './escalation.dto';
import { RequestSource } from './request-source';

const WORKERS = ['agent', 'manager', 'admin'] as const;

/** `POST /api/escalations/:id/<action>`: each answers 200 with the escalation after the action. */
@Controller('escalations/:id')
export class EscalationActionsController {
  constructor(private readonly actions: EscalationActionsService) {}

  @Post('assign')
  @HttpCode(200)
  @Roles(...WORKERS)
  assign(
    @Param('id', UuidPipe) id: string,
    @Body() body: AssignDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'assign', body, me, via);
  }

  @Post('acknowledge')
  @HttpCode(200)
  @Roles(...WORKERS)
  acknowledge(
    @Param('id', UuidPipe) id: string,
    @Body() body: AcknowledgeDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'acknowledge', body, me, via);
  }

  @Post('comment')
  @HttpCode(200)
  @Roles(...WORKERS)
  comment(
    @Param('id', UuidPipe) id: string,
    @Body() body: CommentDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'comment', body, me, via);
  }

  @Post('stakeholder-update')
  @HttpCode(200)
  @Roles(...WORKERS)
  stakeholderUpdate(
    @Param('id', UuidPipe) id: string,
    @Body() body: StakeholderUpdateDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'stakeholder-update', body, me, via);
  }

  @Post('escalate')
  @HttpCode(200)
  @Roles(...WORKERS)
  escalate(
    @Param('id', UuidPipe) id: string,
    @Body() body: EscalateDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'escalate', body, me, via);
  }

  @Post('de-escalate')
  @HttpCode(200)
  @Roles(...WORKERS)
  deEscalate(
    @Param('id', UuidPipe) id: string,
    @Body() body: DeEscalateDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'de-escalate', body, me, via);
  }

  @Post('wait')
  @HttpCode(200)
  @Roles(...WORKERS)
  wait(
    @Param('id', UuidPipe) id: string,
    @Body() body: WaitDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'wait', body, me, via);
  }

  @Post('resume')
  @HttpCode(200)
  @Roles(...WORKERS)
  resume(
    @Param('id', UuidPipe) id: string,
    @Body() body: ResumeDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'resume', body, me, via);
  }

  @Post('resolve')
  @HttpCode(200)
  @Roles(...WORKERS)
  resolve(
    @Param('id', UuidPipe) id: string,
    @Body() body: ResolveDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'resolve', body, me, via);
  }

  @Post('reopen')
  @HttpCode(200)
  @Roles(...WORKERS)
  reopen(
    @Param('id', UuidPipe) id: string,
    @Body() body: ReopenDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'reopen', body, me, via);
  }

  @Post('close')
  @HttpCode(200)
  @Roles(...WORKERS)
  close(
    @Param('id', UuidPipe) id: string,
    @Body() body: CloseDto,
    @CurrentUser() me: Me,
    @RequestSource() via: Source,
  ): Promise<Escalation> {
    return this.actions.act(id, 'close', body, me, via);
  }
}
