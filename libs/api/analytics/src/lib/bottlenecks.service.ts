import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { histogramPercentile } from '@ladder/domain';
import { ProceduresService } from '@ladder/api/procedures';
import { BottlenecksQuerySchema, type BottlenecksQuery, type BottlenecksReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import {
  LEVEL_HISTOGRAMS_SQL,
  LEVEL_P90_PARAMS,
  OVER_BUDGET_ROLLUP_SQL,
  RANKING_ROLLUP_SQL,
  type RankingRollupRow,
  RECORDED_BOUNCES,
  RECORDED_SKIPS,
  toRankingRow,
} from './bottlenecks.rollup';
import { levelNames, toBottleneckRow, toPingPong, toSkippedLevelsRow, toStuckRow } from './bottlenecks.mapper';
import {
  BOUNCES,
  OVER_BUDGET_SQL,
  type OverBudgetRow,
  pingPongSql,
  type PingPongRow,
  RANKING_SQL,
  type RankingRow,
  SKIPS,
  skippedLevelsSql,
  type SkipRow,
  stuckSql,
  stuckStays,
  type StuckPairRow,
} from './bottlenecks.sql';
import { rollupAnswers, rollupParams } from './read-models/stint-daily-query';
import { checkFilters, dayRange, filterParams, parseFilters } from './report-filters';

const DAY_MS = 86_400_000;

/** (level, team) pairs ranked by hours over budget, round trips, skipped levels and escalations stuck now. */
@Injectable()
export class BottlenecksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  async report(raw: unknown): Promise<BottlenecksReport> {
    const query = parseFilters(BottlenecksQuerySchema, raw);
    await checkFilters(this.dataSource, query);
    const params = filterParams(query);
    const previous = previousPeriod(query);
    const fromRollup = rollupAnswers(query);
    const [ranking, previousOverBudget, pingPong, skips, stuck, procedure] = await Promise.all([
      this.ranking(params, fromRollup),
      fromRollup
        ? this.dataSource.query<OverBudgetRow[]>(OVER_BUDGET_ROLLUP_SQL, rollupParams(previous.params))
        : this.dataSource.query<OverBudgetRow[]>(OVER_BUDGET_SQL, previous.params),
      this.dataSource.query<PingPongRow[]>(pingPongSql(fromRollup ? RECORDED_BOUNCES : BOUNCES), params),
      this.dataSource.query<SkipRow[]>(skippedLevelsSql(fromRollup ? RECORDED_SKIPS : SKIPS), params),
      this.stuck(params, fromRollup),
      this.procedures.current(),
    ]);
    const levelName = levelNames(procedure.definition);
    const previousOf = (row: RankingRow) =>
      previousOverBudget.find((before) => before.level === row.level && before.team_id === row.team_id);
    return {
      from: query.from,
      to: query.to,
      previousFrom: previous.from,
      previousTo: previous.to,
      percentiles: fromRollup ? 'histogram' : 'exact',
      ranking: ranking.slice(0, query.limit).map((row) => toBottleneckRow(row, levelName(row.level), previousOf(row))),
      pingPong: toPingPong(pingPong),
      skippedLevels: skips.map(toSkippedLevelsRow),
      stuck: stuck.map((row) => toStuckRow(row, levelName(row.level))),
    };
  }

  private async ranking(params: unknown[], fromRollup: boolean): Promise<RankingRow[]> {
    if (!fromRollup) return this.dataSource.query<RankingRow[]>(RANKING_SQL, params);
    const rows = await this.dataSource.query<RankingRollupRow[]>(RANKING_ROLLUP_SQL, rollupParams(params));
    return rows.map(toRankingRow);
  }

  /** From the rollup, each level's p90 is read off its histogram (whatever the team filter), then compared. */
  private async stuck(params: unknown[], fromRollup: boolean): Promise<StuckPairRow[]> {
    const now = this.clock.now();
    if (!fromRollup) return this.dataSource.query<StuckPairRow[]>(stuckSql(), [...params, now]);
    const anyTeam = params.map((value, i) => (i === TEAM_PARAM ? null : value));
    const levels = (await this.dataSource.query<LevelHistogramRow[]>(LEVEL_HISTOGRAMS_SQL, rollupParams(anyTeam)))
      .map((row) => ({ level: row.level, p90: histogramPercentile(row.histogram, 0.9) }))
      .filter((row): row is { level: number; p90: number } => row.p90 !== null);
    return this.dataSource.query<StuckPairRow[]>(stuckSql(stuckStays(LEVEL_P90_PARAMS)), [
      ...params,
      now,
      levels.map((row) => row.level),
      levels.map((row) => row.p90),
    ]);
  }
}

/** $4 of filterParams: the teams. */
const TEAM_PARAM = 3;

interface LevelHistogramRow {
  level: number;
  histogram: number[];
}

/** The period of the same number of days just before `from`: its dates, and the filters' parameters moved to it. */
function previousPeriod(query: BottlenecksQuery): { from: string; to: string; params: unknown[] } {
  const { start, end } = dayRange(query);
  const previousStart = new Date(2 * start.getTime() - end.getTime());
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    from: day(previousStart),
    to: day(new Date(start.getTime() - DAY_MS)),
    params: [previousStart, start, ...filterParams(query).slice(2)],
  };
}
