import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '@ladder/api/common';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { TimeAtLevelService } from './time-at-level.service';

@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly timeAtLevel: TimeAtLevelService) {}

  /** `?from=YYYY-MM-DD&to=YYYY-MM-DD`, whole UTC days, `to` inclusive. */
  @Get('time-at-level')
  @Roles('agent', 'manager', 'process_owner', 'admin')
  report(@Query() query: Record<string, unknown>): Promise<TimeAtLevelReport> {
    return this.timeAtLevel.report(query);
  }
}
