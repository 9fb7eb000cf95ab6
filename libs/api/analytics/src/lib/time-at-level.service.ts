import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import { TimeAtLevelQuerySchema, type TimeAtLevelReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { rollupParams } from './read-models/stint-daily-query';
import { checkFilters, filterParams, parseFilters } from './report-filters';
import { toStillAtLevelRow, toTimeAtLevelRow } from './time-at-level.mapper';
import { type RollupRow, rollupSql, timeAtLevelFromRollup, toFinishedRow } from './time-at-level.rollup';
import { type FinishedRow, finishedSql, type StillOpenRow, stillOpenSql } from './time-at-level.sql';

@Injectable()
export class TimeAtLevelService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  async report(raw: unknown): Promise<TimeAtLevelReport> {
    const query = parseFilters(TimeAtLevelQuerySchema, raw);
    await checkFilters(this.dataSource, query);
    const params = filterParams(query);
    const fromRollup = timeAtLevelFromRollup(query);
    const [finished, stillOpen, procedure] = await Promise.all([
      fromRollup
        ? this.dataSource
            .query<RollupRow[]>(rollupSql(query.groupBy), rollupParams(params))
            .then((rows) => rows.map(toFinishedRow))
        : this.dataSource.query<FinishedRow[]>(finishedSql(query.groupBy), params),
      this.dataSource.query<StillOpenRow[]>(stillOpenSql(query.groupBy), [...params, this.clock.now()]),
      this.procedures.current(),
    ]);
    const { definition } = procedure;
    const levelName = (level: number) =>
      definition.levels.find((rung) => rung.level === level)?.name ?? `Level ${level}`;
    return {
      from: query.from,
      to: query.to,
      groupBy: query.groupBy,
      percentiles: fromRollup ? 'histogram' : 'exact',
      rows: finished.map((row) => toTimeAtLevelRow(row, levelName(row.level))),
      stillAtLevel: stillOpen.map((row) => toStillAtLevelRow(row, levelName(row.level))),
    };
  }
}
