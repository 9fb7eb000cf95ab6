import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import type { Me, ProcedureDiff, ProcedureReplayResult, ProcedureVersionDetail } from '@ladder/contracts';
import { CurrentUser, Roles, SignedIn, UuidPipe } from '@ladder/api/common';
import { ProcedureDiffService } from './procedure-diff.service';
import { ProcedureLifecycleService } from './procedure-lifecycle.service';
import { ProcedureReplayService } from './procedure-replay.service';
import {
  CreateProcedureDraftDto,
  ProcedureReplayQueryDto,
  ProcedureReviewCommentBodyDto,
  UpdateProcedureDraftDto,
} from './procedures.dto';

const EDITORS = ['process_owner', 'admin'] as const;
const REVIEWERS = ['process_owner', 'manager', 'admin'] as const;

/** Drafts, review and publication of procedure versions; the diff of two versions and the what-if replay. */
@Controller('procedures')
export class ProcedureLifecycleController {
  constructor(
    private readonly lifecycle: ProcedureLifecycleService,
    private readonly diffs: ProcedureDiffService,
    private readonly replays: ProcedureReplayService,
  ) {}

  @Post('drafts')
  @Roles(...EDITORS)
  createDraft(@Body() body: CreateProcedureDraftDto, @CurrentUser() me: Me): Promise<ProcedureVersionDetail> {
    return this.lifecycle.createDraft(body, me);
  }

  @Put(':id')
  @Roles(...EDITORS)
  update(@Param('id', UuidPipe) id: string, @Body() body: UpdateProcedureDraftDto): Promise<ProcedureVersionDetail> {
    return this.lifecycle.update(id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...EDITORS)
  submit(@Param('id', UuidPipe) id: string): Promise<ProcedureVersionDetail> {
    return this.lifecycle.submit(id);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @Roles(...REVIEWERS)
  requestChanges(
    @Param('id', UuidPipe) id: string,
    @Body() body: ProcedureReviewCommentBodyDto,
    @CurrentUser() me: Me,
  ): Promise<ProcedureVersionDetail> {
    return this.lifecycle.requestChanges(id, body.body, me);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...REVIEWERS)
  approve(@Param('id', UuidPipe) id: string, @CurrentUser() me: Me): Promise<ProcedureVersionDetail> {
    return this.lifecycle.approve(id, me);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @Roles(...EDITORS)
  discard(@Param('id', UuidPipe) id: string): Promise<ProcedureVersionDetail> {
    return this.lifecycle.discard(id);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Roles(...EDITORS)
  retire(@Param('id', UuidPipe) id: string): Promise<ProcedureVersionDetail> {
    return this.lifecycle.retire(id);
  }

  @Post(':id/comments')
  @Roles(...REVIEWERS)
  comment(
    @Param('id', UuidPipe) id: string,
    @Body() body: ProcedureReviewCommentBodyDto,
    @CurrentUser() me: Me,
  ): Promise<ProcedureVersionDetail> {
    return this.lifecycle.comment(id, body.body, me);
  }

  /** What changes from `otherId` to `id`. */
  @Get(':id/diff/:otherId')
  @SignedIn()
  diff(@Param('id', UuidPipe) id: string, @Param('otherId', UuidPipe) otherId: string): Promise<ProcedureDiff> {
    return this.diffs.diff(id, otherId);
  }

  /** Read-only, but a computation over the history: POST so it is never cached or prefetched. */
  @Post(':id/replay')
  @HttpCode(200)
  @Roles(...REVIEWERS)
  replay(@Param('id', UuidPipe) id: string, @Query() query: ProcedureReplayQueryDto): Promise<ProcedureReplayResult> {
    return this.replays.replay(id, query.days);
  }
}
