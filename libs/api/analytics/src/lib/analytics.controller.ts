import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { Roles } from '@ladder/api/common';
import type { FlowReport, LoadReport, SurvivalReport, TimeAtLevelReport } from '@ladder/contracts';
import type { Request, Response } from 'express';
import { FlowService } from './flow.service';
import { LoadService } from './load.service';
import { survivalCsv } from './survival.csv';
import { SurvivalService } from './survival.service';
import { TimeAtLevelService } from './time-at-level.service';

/** CSV when asked for by `?format=csv` or `Accept: text/csv`. */
function wantsCsv(request: Request, query: Record<string, unknown>): boolean {
  return query['format'] === 'csv' || (request.headers.accept ?? '').includes('text/csv');
}

@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly timeAtLevel: TimeAtLevelService,
    private readonly survival: SurvivalService,
    private readonly flow: FlowService,
    private readonly load: LoadService,
  ) {}

  /** `?from=YYYY-MM-DD&to=YYYY-MM-DD`, whole UTC days, `to` inclusive. */
  @Get('time-at-level')
  @Roles('agent', 'manager', 'process_owner', 'admin')
  report(@Query() query: Record<string, unknown>): Promise<TimeAtLevelReport> {
    return this.timeAtLevel.report(query);
  }

  /** Moves between levels, first-level resolution, MTTA and MTTR of escalations opened in `?from&to&severity`. */
  @Get('flow')
  @Roles('manager', 'process_owner', 'admin')
  flowReport(@Query() query: Record<string, unknown>): Promise<FlowReport> {
    return this.flow.report(query);
  }

  /** Arrivals by hour of week (`timeZone`) and by day, and open work per team against capacity. */
  @Get('load')
  @Roles('manager', 'process_owner', 'admin')
  loadReport(@Query() query: Record<string, unknown>): Promise<LoadReport> {
    return this.load.report(query);
  }

  /** Time to resolution per severity (Kaplan-Meier); `?from&to&severity=S1,S2`, and `format=csv`. */
  @Get('survival')
  @Roles('manager', 'process_owner', 'admin')
  async survivalCurves(
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SurvivalReport | string> {
    const report = await this.survival.report(query);
    if (!wantsCsv(request, query)) return report;
    response.type('text/csv').attachment(`time-to-resolution-${report.from}-${report.to}.csv`);
    return survivalCsv(report);
  }
}
