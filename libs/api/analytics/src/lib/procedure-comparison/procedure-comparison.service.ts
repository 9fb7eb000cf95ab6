import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import { ProcedureComparisonQuerySchema, type ComparisonSide, type ProcedureComparisonReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { checkFilters, parseFilters } from '../report-filters';
import { levelLabel } from '../surveys.mapper';
import { COMPARISON_CONFIDENCE, COMPARISON_SEED, compareSides, MINIMUM_PER_SIDE } from './comparison-metrics';
import { toObservations, type SideObservations } from './comparison-observations';
import { resolveSides, sideParams, type SideSpec } from './comparison-sides';
import { comparisonSideSql, type ComparisonSideRow } from './procedure-comparison.sql';

/** Did a revision help: two procedure versions, or two periods, compared metric by metric at the same case mix. */
@Injectable()
export class ProcedureComparisonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
  ) {}

  async report(raw: unknown): Promise<ProcedureComparisonReport> {
    const query = parseFilters(ProcedureComparisonQuerySchema, raw);
    const [sides, { definition }] = await Promise.all([
      resolveSides(this.dataSource, query),
      this.procedures.current(),
      // Only the team filter names rows here; the range is not read.
      checkFilters(this.dataSource, { from: '', to: '', teamId: query.teamId }),
    ]);
    const sql = comparisonSideSql(query.timeBasis);
    const [rowsA, rowsB] = await Promise.all(
      sides.map((side) => this.dataSource.query<ComparisonSideRow[]>(sql, sideParams(query, side))),
    );
    const [a, b] = [toObservations(rowsA ?? []), toObservations(rowsB ?? [])];
    const [specA, specB] = sides;
    return {
      mode: query.a === undefined ? 'periods' : 'versions',
      timeBasis: query.timeBasis,
      a: toSide(specA, a),
      b: toSide(specB, b),
      confidence: COMPARISON_CONFIDENCE,
      seed: COMPARISON_SEED,
      minimumPerSide: MINIMUM_PER_SIDE,
      metrics: compareSides(a, b, levelLabel(definition), { a: specA.phrase, b: specB.phrase }),
    };
  }
}

function toSide(spec: SideSpec, observations: SideObservations): ComparisonSide {
  return {
    label: spec.label,
    procedureVersionId: spec.procedureVersionId,
    version: spec.version,
    from: spec.from,
    to: spec.to,
    escalations: observations.escalations,
    firstOpened: observations.firstOpened,
    lastOpened: observations.lastOpened,
  };
}
