import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { Roles } from '@ladder/api/common';
import type {
  BottlenecksReport,
  DrillDownPage,
  FlowReport,
  LoadReport,
  OverviewReport,
  SlaBreachesReport,
  SurveyReport,
  SurvivalReport,
  TimeAtLevelReport,
} from '@ladder/contracts';
import type { Request, Response } from 'express';
import { bottlenecksCsv } from './bottlenecks.csv';
import { BottlenecksService } from './bottlenecks.service';
import { DrillDownService } from './drill-down.service';
import { FlowService } from './flow.service';
import { LoadService } from './load.service';
import { OverviewService } from './overview.service';
import { REPORT_CSV } from './report-csv';
import { slaBreachesCsv } from './sla-breaches.csv';
import { SlaBreachesService } from './sla-breaches.service';
import { surveysCsv } from './surveys.csv';
import { SurveysService } from './surveys.service';
import { SurvivalService } from './survival.service';
import { TimeAtLevelService } from './time-at-level.service';

type Filters = Record<string, unknown>;

/**
 * The reports. Each answers JSON, or CSV of its main table when asked by `?format=csv` or `Accept: text/csv`.
 * Filters: the shared ones of `reportFilterFields` in contracts, plus each report's own.
 */
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly timeAtLevel: TimeAtLevelService,
    private readonly survival: SurvivalService,
    private readonly flow: FlowService,
    private readonly load: LoadService,
    private readonly drillDown: DrillDownService,
    private readonly slaBreaches: SlaBreachesService,
    private readonly bottlenecks: BottlenecksService,
    private readonly overview: OverviewService,
    private readonly surveys: SurveysService,
  ) {}

  /** The escalations behind a cell of any report: the report's filters plus the cell's `basis` (see contracts). */
  @Get('drill-down')
  @Roles('manager', 'process_owner', 'admin')
  drillDownPage(@Query() query: Filters): Promise<DrillDownPage> {
    return this.drillDown.page(query);
  }

  /** The range's tiles against the period of the same length just before it. */
  @Get('overview')
  @Roles('manager', 'process_owner', 'admin')
  async overviewReport(
    @Query() query: Filters,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OverviewReport | string> {
    return answer(await this.overview.report(query), 'overview', REPORT_CSV.overview, request, response);
  }

  @Get('time-at-level')
  @Roles('agent', 'manager', 'process_owner', 'admin')
  async timeAtLevelReport(
    @Query() query: Filters,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TimeAtLevelReport | string> {
    return answer(await this.timeAtLevel.report(query), 'time-at-level', REPORT_CSV.timeAtLevel, request, response);
  }

  @Get('flow')
  @Roles('manager', 'process_owner', 'admin')
  async flowReport(
    @Query() query: Filters,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FlowReport | string> {
    return answer(await this.flow.report(query), 'flow', REPORT_CSV.flow, request, response);
  }

  @Get('load')
  @Roles('manager', 'process_owner', 'admin')
  async loadReport(
    @Query() query: Filters,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoadReport | string> {
    return answer(await this.load.report(query), 'load', REPORT_CSV.load, request, response);
  }

  @Get('survival')
  @Roles('manager', 'process_owner', 'admin')
  async survivalReport(
    @Query() query: Filters,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SurvivalReport | string> {
    return answer(await this.survival.report(query), 'time-to-resolution', REPORT_CSV.survival, request, response);
  }

  @Get('sla-breaches')
  @Roles('manager', 'process_owner', 'admin')
  async slaBreachesReport(
    @Query() query: Filters,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SlaBreachesReport | string> {
    return answer(await this.slaBreaches.report(query), 'sla-breaches', slaBreachesCsv, request, response);
  }

  /** Response rate, CSAT and what drives it, over the survey invitations of the range; CSV: the groups. */
  @Get('surveys')
  @Roles('manager', 'process_owner', 'admin')
  async surveysReport(
    @Query() query: Filters,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SurveyReport | string> {
    const report = await this.surveys.report(query);
    // The report carries no range; the query's dates were validated by the service.
    const filename = `surveys-${String(query['from'])}-${String(query['to'])}`;
    return answerIn(report, filename, surveysCsv, request, response);
  }

  @Get('bottlenecks')
  @Roles('manager', 'process_owner', 'admin')
  async bottlenecksReport(
    @Query() query: Filters,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BottlenecksReport | string> {
    return answer(await this.bottlenecks.report(query), 'bottlenecks', bottlenecksCsv, request, response);
  }
}

function answer<R extends { from: string; to: string }>(
  report: R,
  name: string,
  csv: (report: R) => string,
  request: Request,
  response: Response,
): R | string {
  return answerIn(report, `${name}-${report.from}-${report.to}`, csv, request, response);
}

function answerIn<R>(
  report: R,
  filename: string,
  csv: (report: R) => string,
  request: Request,
  response: Response,
): R | string {
  const wantsCsv = request.query['format'] === 'csv' || (request.headers.accept ?? '').includes('text/csv');
  if (!wantsCsv) return report;
  response.type('text/csv').attachment(`${filename}.csv`);
  return csv(report);
}
