import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import { ReportQuerySchema, type FlowReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { toFlowFigures } from './flow.mapper';
import { FLOW_SQL, type FlowRow } from './flow.sql';
import { checkFilters, filterParams, parseFilters } from './report-filters';

/** Moves between levels, first-level resolution, MTTA, MTTR and how far escalations climbed. */
@Injectable()
export class FlowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
  ) {}

  async report(raw: unknown): Promise<FlowReport> {
    const query = parseFilters(ReportQuerySchema, raw);
    const [, [flow], { definition }] = await Promise.all([
      checkFilters(this.dataSource, query),
      this.dataSource.query<FlowRow[]>(FLOW_SQL, filterParams(query)),
      this.procedures.current(),
    ]);
    const levelName = (level: number) => definition.levels.find((l) => l.level === level)?.name ?? `Level ${level}`;
    const figures = toFlowFigures(flow);
    return {
      from: query.from,
      to: query.to,
      ...figures,
      levels: (flow?.levels ?? []).map((l) => ({
        level: l.level,
        levelName: levelName(l.level),
        reached: l.reached,
        share: l.reached / figures.escalations,
      })),
      transitions: (flow?.transitions ?? []).map((t) => ({
        fromLevel: t.from_level,
        toLevel: t.to_level,
        count: t.count,
        medianDwellMinutes: t.median_dwell_minutes,
      })),
    };
  }
}
