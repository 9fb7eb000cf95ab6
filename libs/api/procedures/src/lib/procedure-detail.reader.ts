import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProcedureVersionDetail } from '@ladder/contracts';
import { DomainException } from '@ladder/api/common';
import { DataSource } from 'typeorm';
import {
  toProcedureVersionDetail,
  type ProcedureCommentRow,
  type ProcedureDetailRow,
} from './procedure-version.mapper';

/** A version with its lifecycle, the names it refers to and its review comments, oldest first. */
@Injectable()
export class ProcedureDetailReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async detail(id: string): Promise<ProcedureVersionDetail> {
    const [row] = (await this.dataSource.query(
      `SELECT pv.id, pv.version, pv.name, pv.status, pv.definition, pv.published_at, pv.author_id,
              author.name AS author_name, pv.based_on_id, based_on.version AS based_on_version, pv.change_note,
              pv.submitted_at, approver.name AS approved_by_name, pv.approved_at, pv.retired_at,
              pv.review_every_months, pv.review_due_at, pv.row_version, pv.drift_flagged_at, pv.drift_details,
              (SELECT r.id FROM process_review r WHERE r.draft_procedure_id = pv.id) AS review_id
         FROM procedure_version pv
         LEFT JOIN app_user author ON author.id = pv.author_id
         LEFT JOIN app_user approver ON approver.id = pv.approved_by
         LEFT JOIN procedure_version based_on ON based_on.id = pv.based_on_id
        WHERE pv.id = $1`,
      [id],
    )) as ProcedureDetailRow[];
    if (!row) throw new DomainException('not_found', `Procedure version ${id} does not exist`);
    const comments = (await this.dataSource.query(
      `SELECT c.id, c.author_id, u.name AS author_name, c.body, c.created_at
         FROM procedure_review_comment c JOIN app_user u ON u.id = c.author_id
        WHERE c.procedure_version_id = $1
        ORDER BY c.created_at, c.id`,
      [id],
    )) as ProcedureCommentRow[];
    return toProcedureVersionDetail(row, comments);
  }
}
