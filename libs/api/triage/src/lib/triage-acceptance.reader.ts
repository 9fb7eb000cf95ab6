import { Injectable } from '@nestjs/common';
import { TriageTargetSchema, type TriageAcceptance } from '@ladder/contracts';
import { DataSource } from 'typeorm';

/** How often agents opened escalations with the triage value they were shown, per target. */
@Injectable()
export class TriageAcceptanceReader {
  constructor(private readonly dataSource: DataSource) {}

  async acceptance(): Promise<TriageAcceptance> {
    const rows = await this.dataSource.query<{ target: string; shown: number; accepted: number }[]>(
      `SELECT target, count(*)::int AS shown, count(*) FILTER (WHERE accepted)::int AS accepted
         FROM triage_suggestion_outcome GROUP BY target`,
    );
    const targets = TriageTargetSchema.options.map((target) => {
      const { shown, accepted } = rows.find((row) => row.target === target) ?? { shown: 0, accepted: 0 };
      return { target, shown, accepted, acceptanceRate: shown === 0 ? null : accepted / shown };
    });
    return { targets };
  }
}
