import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import { SlaBreachesQuerySchema, type BreachCounts, type BreachTally, type SlaBreachesReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { checkFilters, filterParams, parseFilters } from './report-filters';
import { type BreachCellRow, breachesFromDaily, type BreachReportRow, breachReportSql } from './sla-breaches.sql';

/** Response, resolution, level-budget and update-cadence breaches of the escalations opened in the range. */
@Injectable()
export class SlaBreachesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  async report(raw: unknown): Promise<SlaBreachesReport> {
    const query = parseFilters(SlaBreachesQuerySchema, raw);
    await checkFilters(this.dataSource, query);
    const params = [...filterParams(query), this.clock.now()];
    const [[breaches], { definition }] = await Promise.all([
      this.dataSource.query<BreachReportRow[]>(breachReportSql(breachesFromDaily(query)), [...params, query.bucket]),
      this.procedures.current(),
    ]);
    const { cells, levels } = breaches ?? { cells: [], levels: [] };
    const levelName = (level: number) => definition.levels.find((l) => l.level === level)?.name ?? `Level ${level}`;
    return {
      from: query.from,
      to: query.to,
      bucket: query.bucket,
      series: cells.map((cell) => ({
        bucketStart: cell.bucket_start,
        severity: cell.severity,
        teamId: cell.team_id,
        teamName: cell.team_name,
        ...breachCounts(cell),
      })),
      totals: breachCounts(sum(cells)),
      whereBreachedTimeWent: levels.map((row) => ({
        level: row.level,
        levelName: levelName(row.level),
        escalations: row.escalations,
        hours: row.hours,
      })),
    };
  }
}

type Counts = Pick<BreachCellRow, 'escalations' | 'response' | 'resolution' | 'level_budget' | 'update_cadence'>;

function breachCounts(counts: Counts): BreachCounts {
  const tally = (count: number): BreachTally => ({
    count,
    rate: counts.escalations ? count / counts.escalations : null,
  });
  return {
    escalations: counts.escalations,
    response: tally(counts.response),
    resolution: tally(counts.resolution),
    levelBudget: tally(counts.level_budget),
    updateCadence: tally(counts.update_cadence),
  };
}

function sum(cells: readonly Counts[]): Counts {
  const total = (pick: (cell: Counts) => number) => cells.reduce((acc, cell) => acc + pick(cell), 0);
  return {
    escalations: total((c) => c.escalations),
    response: total((c) => c.response),
    resolution: total((c) => c.resolution),
    level_budget: total((c) => c.level_budget),
    update_cadence: total((c) => c.update_cadence),
  };
}
