import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import { BottlenecksQuerySchema, type BottlenecksQuery, type BottlenecksReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { OVER_BUDGET_ROLLUP_SQL, RANKING_ROLLUP_SQL, type RankingRollupRow, toRankingRow } from './bottlenecks.rollup';
import { levelNames, toBottleneckRow, toPingPong, toSkippedLevelsRow, toStuckRow } from './bottlenecks.mapper';
import {
  OVER_BUDGET_SQL,
  type OverBudgetRow,
  PING_PONG_SQL,
  type PingPongRow,
  RANKING_SQL,
  type RankingRow,
  SKIPPED_LEVELS_SQL,
  type SkipRow,
  STUCK_SQL,
  type StuckPairRow,
} from './bottlenecks.sql';
import { rollupAnswers } from './read-models/stint-daily-query';
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
      fromRollup
        ? this.dataSource.query<RankingRollupRow[]>(RANKING_ROLLUP_SQL, params).then((rows) => rows.map(toRankingRow))
        : this.dataSource.query<RankingRow[]>(RANKING_SQL, params),
      this.dataSource.query<OverBudgetRow[]>(fromRollup ? OVER_BUDGET_ROLLUP_SQL : OVER_BUDGET_SQL, previous.params),
      this.dataSource.query<PingPongRow[]>(PING_PONG_SQL, params),
      this.dataSource.query<SkipRow[]>(SKIPPED_LEVELS_SQL, params),
      this.dataSource.query<StuckPairRow[]>(STUCK_SQL, [...params, this.clock.now()]),
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
