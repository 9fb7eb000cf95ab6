import { Injectable } from '@nestjs/common';
import type { SimilarEscalation, SimilarEscalationsQuery } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { notFound } from '../escalation-queries.service';
import { toSimilarEscalation } from './similar-escalation.mapper';
import {
  SIMILAR_ESCALATIONS_SQL,
  SIMILARITY_SOURCE_SQL,
  similarParams,
  type SimilarEscalationRow,
  type SimilaritySourceRow,
} from './similar-escalations.sql';

/** Past escalations like this one, with how they were resolved. */
@Injectable()
export class SimilarEscalationsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Two statements: with the query and title as parameters the planner sees their values and can pick the GIN
   * indexes; read from a CTE in one statement, they are unknown at plan time and it scans every resolved escalation.
   */
  async find(id: string, query: SimilarEscalationsQuery): Promise<SimilarEscalation[]> {
    const [source] = await this.dataSource.query<SimilaritySourceRow[]>(SIMILARITY_SOURCE_SQL, [id]);
    if (!source) throw notFound(id);
    const rows = await this.dataSource.query<SimilarEscalationRow[]>(
      SIMILAR_ESCALATIONS_SQL,
      similarParams(id, source, query.limit),
    );
    return rows.map(toSimilarEscalation);
  }
}
