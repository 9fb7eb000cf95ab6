import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { ReportQuerySchema, type OverviewFigures, type OverviewReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { toFlowFigures } from './flow.mapper';
import { OVERVIEW_SQL, type OverviewRow } from './overview.sql';
import { checkFilters, dayRange, filterParams, parseFilters } from './report-filters';

/** The overview tiles: the range's counts, means and SLA breaches against those of the period just before it. */
@Injectable()
export class OverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async report(raw: unknown): Promise<OverviewReport> {
    const query = parseFilters(ReportQuerySchema, raw);
    const previous = previousPeriod(query);
    const params = [...filterParams({ ...query, from: previous.from }), dayRange(query).start, this.clock.now()];
    const [, rows] = await Promise.all([
      checkFilters(this.dataSource, query),
      this.dataSource.query<OverviewRow[]>(OVERVIEW_SQL, params),
    ]);
    const figures = (isCurrent: boolean) => toOverviewFigures(rows.find((row) => row.is_current === isCurrent));
    return {
      from: query.from,
      to: query.to,
      previousFrom: previous.from,
      previousTo: previous.to,
      current: figures(true),
      previous: figures(false),
    };
  }
}

/** As many days as the range has, ending the day before it starts. */
function previousPeriod(query: { from: string; to: string }): { from: string; to: string } {
  const { start, end } = dayRange(query);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(start.getTime() - (end.getTime() - start.getTime())), to: day(start.getTime() - 1) };
}

function toOverviewFigures(row: OverviewRow | undefined): OverviewFigures {
  const figures = toFlowFigures(row);
  const slaBreached = row?.sla_breached ?? 0;
  const surveyResponses = row?.survey_responses ?? 0;
  return {
    ...figures,
    slaBreached,
    slaBreachRate: figures.escalations ? slaBreached / figures.escalations : null,
    surveyResponses,
    csat: surveyResponses ? (row?.survey_satisfied ?? 0) / surveyResponses : null,
  };
}
