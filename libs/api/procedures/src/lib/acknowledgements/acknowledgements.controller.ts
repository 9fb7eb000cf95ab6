import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import type {
  AcknowledgementRemindResult,
  Me,
  MyProcedureAcknowledgement,
  PendingAcknowledgement,
  ProcedureAcknowledgementReport,
} from '@ladder/contracts';
import { CurrentUser, Roles, SignedIn, UuidPipe } from '@ladder/api/common';
import { AcknowledgementsService } from './acknowledgements.service';

const OVERSEERS = ['manager', 'process_owner', 'admin'] as const;

/** "Read and understood": staff acknowledge published procedure versions; managers and owners follow it per team. */
@Controller()
export class AcknowledgementsController {
  constructor(private readonly acknowledgements: AcknowledgementsService) {}

  /** Idempotent: acknowledging again answers the first acknowledgement. */
  @Post('procedures/:id/acknowledge')
  @HttpCode(200)
  @SignedIn()
  acknowledge(@Param('id', UuidPipe) id: string, @CurrentUser() me: Me): Promise<MyProcedureAcknowledgement> {
    return this.acknowledgements.acknowledge(id, me);
  }

  @Get('procedures/:id/acknowledgement')
  @SignedIn()
  mine(@Param('id', UuidPipe) id: string, @CurrentUser() me: Me): Promise<MyProcedureAcknowledgement> {
    return this.acknowledgements.mine(id, me);
  }

  @Get('procedures/:id/acknowledgements')
  @Roles(...OVERSEERS)
  report(@Param('id', UuidPipe) id: string): Promise<ProcedureAcknowledgementReport> {
    return this.acknowledgements.report(id);
  }

  @Post('procedures/:id/acknowledgements/remind')
  @HttpCode(200)
  @Roles(...OVERSEERS)
  remindNow(@Param('id', UuidPipe) id: string): Promise<AcknowledgementRemindResult> {
    return this.acknowledgements.remindNow(id);
  }

  @Get('me/pending-acknowledgements')
  @SignedIn()
  pending(@CurrentUser() me: Me): Promise<PendingAcknowledgement[]> {
    return this.acknowledgements.pending(me);
  }
}
