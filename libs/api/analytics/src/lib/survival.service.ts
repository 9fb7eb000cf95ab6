import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { SeveritySchema, ReportQuerySchema, type SurvivalReport, type SurvivalSeries } from '@ladder/contracts';
import { kaplanMeierOfTallies, survivalQuantile, thinSurvivalSteps } from '@ladder/domain';
import { DataSource } from 'typeorm';
import { checkFilters, filterParams, parseFilters } from './report-filters';
import { SURVIVAL_SQL, type SurvivalRow } from './survival.sql';

/** A curve point per 0.1 percentage point it falls: what a chart can show, from a few kB instead of megabytes. */
const POINT_DROP = 0.001;

/** Time to resolution as Kaplan-Meier curves per severity, open escalations censored. */
@Injectable()
export class SurvivalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async report(raw: unknown): Promise<SurvivalReport> {
    const query = parseFilters(ReportQuerySchema, raw);
    const [, rows] = await Promise.all([
      checkFilters(this.dataSource, query),
      this.dataSource.query<SurvivalRow[]>(SURVIVAL_SQL, [...filterParams(query), this.clock.now()]),
    ]);
    const series = SeveritySchema.options.flatMap((severity) => {
      const tallies = rows.filter((row) => row.severity === severity);
      return tallies.length ? [seriesOf(severity, tallies)] : [];
    });
    return { from: query.from, to: query.to, series };
  }
}

function seriesOf(severity: SurvivalSeries['severity'], tallies: readonly SurvivalRow[]): SurvivalSeries {
  const points = kaplanMeierOfTallies(tallies);
  const resolved = tallies.reduce((sum, t) => sum + t.resolved, 0);
  const stillOpen = tallies.reduce((sum, t) => sum + t.censored, 0);
  return {
    severity,
    escalations: resolved + stillOpen,
    resolved,
    stillOpen,
    medianMinutes: survivalQuantile(points, 0.5),
    p90Minutes: survivalQuantile(points, 0.9),
    points: thinSurvivalSteps(points, POINT_DROP),
  };
}
