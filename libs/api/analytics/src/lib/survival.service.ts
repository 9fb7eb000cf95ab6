import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { SeveritySchema, ReportQuerySchema, type SurvivalReport, type SurvivalSeries } from '@ladder/contracts';
import { kaplanMeier, survivalQuantile } from '@ladder/domain';
import { DataSource } from 'typeorm';
import { checkFilters, filterParams, parseFilters } from './report-filters';
import { SURVIVAL_SQL, type SurvivalRow } from './survival.sql';

/** Time to resolution as Kaplan-Meier curves per severity, open escalations censored. */
@Injectable()
export class SurvivalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async report(raw: unknown): Promise<SurvivalReport> {
    const query = parseFilters(ReportQuerySchema, raw);
    await checkFilters(this.dataSource, query);
    const rows = await this.dataSource.query<SurvivalRow[]>(SURVIVAL_SQL, [...filterParams(query), this.clock.now()]);
    const series = SeveritySchema.options.flatMap((severity) => {
      const observations = rows.filter((row) => row.severity === severity);
      return observations.length ? [seriesOf(severity, observations)] : [];
    });
    return { from: query.from, to: query.to, series };
  }
}

function seriesOf(severity: SurvivalSeries['severity'], observations: readonly SurvivalRow[]): SurvivalSeries {
  const points = kaplanMeier(observations.map(({ minutes, resolved }) => ({ minutes, resolved })));
  const resolved = observations.filter((o) => o.resolved).length;
  return {
    severity,
    escalations: observations.length,
    resolved,
    stillOpen: observations.length - resolved,
    medianMinutes: survivalQuantile(points, 0.5),
    p90Minutes: survivalQuantile(points, 0.9),
    points,
  };
}
