import { Injectable } from '@nestjs/common';
import { DomainException } from '@ladder/api/common';
import type { Escalation, EscalationList, EscalationListQuery, Me, TimelineEvent } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { ESCALATION_SELECT, type EscalationRow, type TimelineRow } from './escalation-row';
import { listSql } from './escalation-list.sql';
import { toTimelineEvent } from './escalation.mapper';
import { EscalationPresenter } from './escalation.presenter';

const TIMELINE_SQL = `
  SELECT ev.id::text AS id, ev.type, ev.at, ev.actor_id, a.name AS actor_name, ev.from_status, ev.to_status,
         ev.from_level, ev.to_level, ev.team_id, t.name AS team_name, ev.assignee_id, ev.body, ev.visibility, ev.channel, ev.reason, ev.details
    FROM escalation_event ev
    LEFT JOIN app_user a ON a.id = ev.actor_id
    LEFT JOIN team t ON t.id = ev.team_id
   WHERE ev.escalation_id = $1
   ORDER BY ev.at, ev.id`;

/** Read side: list with filters, one escalation, its timeline. */
@Injectable()
export class EscalationQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly presenter: EscalationPresenter,
  ) {}

  async list(query: EscalationListQuery, me: Me): Promise<EscalationList> {
    const { where, order, params } = listSql(query, me.id);
    const offset = (query.page - 1) * query.pageSize;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<EscalationRow[]>(
        `${ESCALATION_SELECT} ${where} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM escalation e ${where}`, params),
    ]);
    const items = await this.presenter.presentAll(rows);
    return { items, total: counted[0]?.total ?? 0, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Escalation> {
    const [row] = await this.dataSource.query<EscalationRow[]>(`${ESCALATION_SELECT} WHERE e.id = $1`, [id]);
    if (!row) throw notFound(id);
    return this.presenter.present(row);
  }

  /** Events oldest first; every escalation has at least its `created` event, so none means no escalation. */
  async timeline(id: string): Promise<TimelineEvent[]> {
    const rows = await this.dataSource.query<TimelineRow[]>(TIMELINE_SQL, [id]);
    if (rows.length === 0) throw notFound(id);
    return rows.map(toTimelineEvent);
  }
}

export const notFound = (id: string) => new DomainException('not_found', `escalation ${id} does not exist`);
