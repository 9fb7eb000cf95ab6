import { Controller, Get, Ip, Param } from '@nestjs/common';
import { Public } from '@ladder/api/common';
import type { StakeholderStatus } from '@ladder/contracts';
import { StakeholderStatusService } from './stakeholder-status.service';

/** The status page behind a stakeholder's token link: no account, rate limited per IP address. */
@Controller('status')
export class StakeholderStatusController {
  constructor(private readonly status: StakeholderStatusService) {}

  @Get(':token')
  @Public()
  get(@Param('token') token: string, @Ip() ip: string): Promise<StakeholderStatus> {
    return this.status.forToken(token, ip);
  }
}
