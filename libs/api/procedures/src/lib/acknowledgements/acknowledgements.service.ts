import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACKNOWLEDGING_ROLES,
  type AcknowledgementRemindResult,
  type Me,
  type MyProcedureAcknowledgement,
  type PendingAcknowledgement,
  type ProcedureAcknowledgementReport,
  type ProcedureStatus,
} from '@ladder/contracts';
import { Clock, DomainException } from '@ladder/api/common';
import { DataSource, type EntityManager } from 'typeorm';
import { unacknowledgedStaff } from './acknowledgement-queries';
import { toAcknowledgementReport, type AcknowledgerRow } from './acknowledgement-report.mapper';
import { sendReminder } from './procedure-reminders';
import { acknowledgementReminder } from './reminder-messages';

interface VersionRow {
  id: string;
  version: number;
  name: string;
  status: ProcedureStatus;
  published_at: Date | null;
}

const mustAcknowledge = (me: Me) => (ACKNOWLEDGING_ROLES as readonly string[]).includes(me.role);

/** "Read and understood": staff acknowledge published versions; managers and owners see who has, per team. */
@Injectable()
export class AcknowledgementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Records the acknowledgement once; acknowledging again answers the first one. Only a published version. */
  async acknowledge(id: string, me: Me): Promise<MyProcedureAcknowledgement> {
    await this.dataSource.transaction(async (m) => {
      await this.publishedVersion(m, id);
      await m.query(
        `INSERT INTO procedure_acknowledgement (procedure_version_id, user_id, acknowledged_at) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT pk_procedure_acknowledgement DO NOTHING`,
        [id, me.id, this.clock.now()],
      );
    });
    return this.mine(id, me);
  }

  async mine(id: string, me: Me): Promise<MyProcedureAcknowledgement> {
    const version = await this.version(this.dataSource.manager, id);
    const [row] = (await this.dataSource.query(
      `SELECT acknowledged_at FROM procedure_acknowledgement WHERE procedure_version_id = $1 AND user_id = $2`,
      [id, me.id],
    )) as { acknowledged_at: Date }[];
    return {
      procedureVersionId: id,
      version: version.version,
      required: version.status === 'published' && mustAcknowledge(me),
      acknowledgedAt: row?.acknowledged_at.toISOString() ?? null,
    };
  }

  /** The published versions the user must acknowledge and has not; none for roles that need not. */
  async pending(me: Me): Promise<PendingAcknowledgement[]> {
    if (!mustAcknowledge(me)) return [];
    const rows = (await this.dataSource.query(
      `SELECT pv.id, pv.version, pv.name, pv.published_at FROM procedure_version pv
        WHERE pv.status = 'published' AND pv.published_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM procedure_acknowledgement a
                           WHERE a.procedure_version_id = pv.id AND a.user_id = $1)
        ORDER BY pv.version DESC`,
      [me.id],
    )) as (VersionRow & { published_at: Date })[];
    return rows.map((row) => ({
      procedureVersionId: row.id,
      version: row.version,
      name: row.name,
      publishedAt: row.published_at.toISOString(),
    }));
  }

  /** Per team (by level, then name; no team last): who must acknowledge, how many have, and who has not. */
  async report(id: string): Promise<ProcedureAcknowledgementReport> {
    const version = await this.version(this.dataSource.manager, id);
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.name, u.role, u.team_id, t.name AS team_name, a.acknowledged_at
         FROM app_user u
         LEFT JOIN team t ON t.id = u.team_id
         LEFT JOIN procedure_acknowledgement a ON a.user_id = u.id AND a.procedure_version_id = $1
        WHERE u.role = ANY ($2::text[])
        ORDER BY t.level NULLS LAST, t.name NULLS LAST, u.name, u.id`,
      [id, ACKNOWLEDGING_ROLES],
    )) as AcknowledgerRow[];
    return toAcknowledgementReport(version, rows);
  }

  /** "Remind now": an in-app reminder to everyone who has not acknowledged, at most once a day each. */
  remindNow(id: string): Promise<AcknowledgementRemindResult> {
    return this.dataSource.transaction(async (m) => {
      const version = await this.publishedVersion(m, id);
      const now = this.clock.now();
      const reminded = await sendReminder(
        m,
        acknowledgementReminder(
          { ...version, publishedAt: version.published_at ?? now },
          { step: `manual-${now.toISOString().slice(0, 10)}`, userIds: await unacknowledgedStaff(m, id), at: now },
        ),
      );
      return { reminded };
    });
  }

  private async version(m: EntityManager, id: string, lock: '' | 'FOR SHARE' = ''): Promise<VersionRow> {
    const [row] = (await m.query(
      `SELECT id, version, name, status, published_at FROM procedure_version WHERE id = $1 ${lock}`,
      [id],
    )) as VersionRow[];
    if (!row) throw new DomainException('not_found', `Procedure version ${id} does not exist`);
    return row;
  }

  /** The version, which must be published (409 illegal_transition for any other), kept so until the transaction ends. */
  private async publishedVersion(m: EntityManager, id: string): Promise<VersionRow> {
    const row = await this.version(m, id, 'FOR SHARE');
    if (row.status !== 'published') {
      throw new DomainException(
        'illegal_transition',
        `only a published procedure version is acknowledged; this one is ${row.status.replace('-', ' ')}`,
      );
    }
    return row;
  }
}
