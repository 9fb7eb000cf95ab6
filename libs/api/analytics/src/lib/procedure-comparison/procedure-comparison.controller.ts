import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '@ladder/api/common';
import type { ProcedureComparisonReport } from '@ladder/contracts';
import { ProcedureComparisonService } from './procedure-comparison.service';

@Controller('analytics')
export class ProcedureComparisonController {
  constructor(private readonly comparison: ProcedureComparisonService) {}

  /** Two procedure versions (`a`, `b`) or two periods (`aFrom`..`bTo`), B - A per metric at the same case mix. */
  @Get('procedure-comparison')
  @Roles('manager', 'process_owner', 'admin')
  procedureComparison(@Query() query: Record<string, unknown>): Promise<ProcedureComparisonReport> {
    return this.comparison.report(query);
  }
}
