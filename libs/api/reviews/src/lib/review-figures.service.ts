import { Injectable } from '@nestjs/common';
import { BottlenecksService, OverviewService, SlaBreachesService } from '@ladder/api/analytics';
import { Clock } from '@ladder/api/common';
import type { ReviewBottleneck, ReviewFigures, ReviewSnapshot } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { dayBounds } from './review-metrics';

/** How many bottlenecks the snapshot keeps. */
const SNAPSHOT_BOTTLENECKS = 5;

export interface FiguresPeriod {
  from: string;
  to: string;
  /** The procedure versions the escalations ran under; null for all. */
  procedureVersionIds: readonly string[] | null;
}

/**
 * The 90th percentile of the counted time (the SLA calendar's, pauses excluded; wall clock until the refresher has
 * counted it, as the analytics reports count it) of the stays that left each level in [$1, $2), of escalations under
 * the procedure versions $3 (all when null).
 */
const TIME_AT_LEVEL_P90_SQL = `
  SELECT s.level, count(*)::int AS stints,
         percentile_cont(0.9) WITHIN GROUP (
           ORDER BY coalesce(s.business_seconds, date_part('epoch', s.left_at - s.entered_at) - s.paused_seconds)
         ) / 3600 AS p90_hours
    FROM level_stint s
    JOIN escalation e ON e.id = s.escalation_id
   WHERE s.left_at >= $1 AND s.left_at < $2
     AND ($3::uuid[] IS NULL OR e.procedure_version_id = ANY ($3::uuid[]))
   GROUP BY s.level
   ORDER BY s.level`;

/** A period's key metrics, read from the analytics reports with the period's procedure versions as the filter. */
@Injectable()
export class ReviewFiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly overview: OverviewService,
    private readonly breaches: SlaBreachesService,
    private readonly bottlenecks: BottlenecksService,
  ) {}

  async figures(period: FiguresPeriod): Promise<ReviewFigures> {
    const query = filters(period);
    const [overview, breaches, levels] = await Promise.all([
      this.overview.report(query),
      this.breaches.report(query),
      this.dataSource.query<{ level: number; stints: number; p90_hours: number }[]>(TIME_AT_LEVEL_P90_SQL, [
        ...dayBounds(period.from, period.to),
        period.procedureVersionIds,
      ]),
    ]);
    const { current } = overview;
    const { totals } = breaches;
    return {
      escalations: current.escalations,
      resolved: current.resolved,
      firstLevelResolutionRate: current.firstLevelResolutionRate,
      mttaMinutes: current.mttaMinutes,
      mttrMinutes: current.mttrMinutes,
      slaBreachRate: current.slaBreachRate,
      breachRates: {
        response: totals.response.rate,
        resolution: totals.resolution.rate,
        levelBudget: totals.levelBudget.rate,
        updateCadence: totals.updateCadence.rate,
      },
      surveyResponses: current.surveyResponses,
      csat: current.csat,
      timeAtLevel: levels.map((row) => ({ level: row.level, stints: row.stints, p90Hours: row.p90_hours })),
    };
  }

  /** The figures and the top bottlenecks (exact percentiles, from every stay), taken now. */
  async snapshot(period: FiguresPeriod): Promise<ReviewSnapshot> {
    const [figures, report] = await Promise.all([
      this.figures(period),
      this.bottlenecks.report({ ...filters(period), limit: String(SNAPSHOT_BOTTLENECKS), exact: 'true' }),
    ]);
    const bottlenecks = report.ranking.map((row): ReviewBottleneck => ({
      level: row.level,
      levelName: row.levelName,
      teamId: row.teamId,
      teamName: row.teamName,
      stints: row.stints,
      overBudgetStints: row.overBudgetStints,
      hoursOverBudget: row.hoursOverBudget,
      shareOfAllHours: row.shareOfAllHours,
    }));
    return { takenAt: this.clock.now().toISOString(), ...figures, bottlenecks };
  }
}

/** The reports' query, as it would arrive from a URL. */
function filters(period: FiguresPeriod): Record<string, string> {
  const query: Record<string, string> = { from: period.from, to: period.to };
  if (period.procedureVersionIds?.length) query['procedureVersionId'] = period.procedureVersionIds.join(',');
  return query;
}
