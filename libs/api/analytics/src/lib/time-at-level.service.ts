import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import { TimeAtLevelQuerySchema, type TimeAtLevelReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { dayRange, parseFilters } from './report-filters';
import { toStillAtLevelRow, toTimeAtLevelRow } from './time-at-level.mapper';
import { FINISHED_SQL, type FinishedRow, STILL_OPEN_SQL, type StillOpenRow } from './time-at-level.sql';

@Injectable()
export class TimeAtLevelService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  async report(raw: unknown): Promise<TimeAtLevelReport> {
    const query = parseFilters(TimeAtLevelQuerySchema, raw);
    const { start, end } = dayRange(query);
    const [finished, stillOpen, procedure] = await Promise.all([
      this.dataSource.query<FinishedRow[]>(FINISHED_SQL, [start, end]),
      this.dataSource.query<StillOpenRow[]>(STILL_OPEN_SQL, [this.clock.now()]),
      this.procedures.current(),
    ]);
    const levelName = (level: number) =>
      procedure.definition.levels.find((rung) => rung.level === level)?.name ?? `Level ${level}`;
    return {
      from: query.from,
      to: query.to,
      rows: finished.map((row) => toTimeAtLevelRow(row, levelName(row.level))),
      stillAtLevel: stillOpen.map((row) => toStillAtLevelRow(row, levelName(row.level))),
    };
  }
}
