import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import { ReportQuerySchema, type FlowReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import {
  FLOW_SUMMARY_SQL,
  type FlowSummaryRow,
  LEVELS_REACHED_SQL,
  type LevelReachedRow,
  TRANSITIONS_SQL,
  type TransitionRow,
} from './flow.sql';
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
    await checkFilters(this.dataSource, query);
    const params = filterParams(query);
    const [summary] = await this.dataSource.query<FlowSummaryRow[]>(FLOW_SUMMARY_SQL, params);
    const levels = await this.dataSource.query<LevelReachedRow[]>(LEVELS_REACHED_SQL, params);
    const transitions = await this.dataSource.query<TransitionRow[]>(TRANSITIONS_SQL, params);
    const { definition } = await this.procedures.current();
    const levelName = (level: number) => definition.levels.find((l) => l.level === level)?.name ?? `Level ${level}`;
    const total = summary?.escalations ?? 0;
    const resolved = summary?.resolved ?? 0;
    return {
      from: query.from,
      to: query.to,
      escalations: total,
      resolved,
      firstLevelResolutionRate: resolved ? (summary?.never_escalated_resolved ?? 0) / resolved : null,
      mttaMinutes: summary?.mtta_minutes ?? null,
      mttrMinutes: summary?.mttr_minutes ?? null,
      levels: levels.map((l) => ({
        level: l.level,
        levelName: levelName(l.level),
        reached: l.reached,
        share: l.reached / total,
      })),
      transitions: transitions.map((t) => ({
        fromLevel: t.from_level,
        toLevel: t.to_level,
        count: t.count,
        medianDwellMinutes: t.median_dwell_minutes,
      })),
    };
  }
}
