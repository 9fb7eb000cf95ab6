import type { EscalationListQuery, EscalationSort } from '@ladder/contracts';

const ORDER: Record<EscalationSort, string> = {
  // Nearest due first (the clocks' recompute keeps next_due_at); paused ones next, resolved/closed last.
  due: `(e.status IN ('resolved', 'closed')), e.next_due_at NULLS LAST, e.number`,
  created: 'e.created_at, e.number',
  '-created': 'e.created_at DESC, e.number DESC',
  severity: 'e.severity, e.number DESC',
  '-updated': 'e.updated_at DESC, e.number DESC',
};

const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** WHERE, ORDER BY and parameters for a list query; `meId` stands for `assigneeId=me`. */
export function listSql(query: EscalationListQuery, meId: string): { where: string; order: string; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const anyOf = (column: string, values: readonly unknown[] | undefined, cast: string) => {
    if (values?.length) conditions.push(`${column} = ANY (${param(values)}::${cast}[])`);
  };
  anyOf('e.status', query.status, 'text');
  anyOf('e.level', query.level, 'integer');
  anyOf('e.team_id', query.teamId, 'uuid');
  anyOf('e.severity', query.severity, 'text');
  anyOf('e.category', query.category, 'text');
  anyOf('e.sla_state', query.slaState, 'text');
  if (query.assigneeId === 'none') conditions.push('e.assignee_id IS NULL');
  else if (query.assigneeId)
    conditions.push(`e.assignee_id = ${param(query.assigneeId === 'me' ? meId : query.assigneeId)}::uuid`);
  if (query.q) {
    const pattern = param(likeEscaped(query.q));
    const number = /^(?:esc-)?(\d{1,15})$/i.exec(query.q)?.[1];
    const byNumber = number === undefined ? '' : ` OR e.number = ${param(Number(number))}::bigint`;
    conditions.push(`(e.title ILIKE ${pattern} OR e.description ILIKE ${pattern}${byNumber})`);
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', order: ORDER[query.sort], params };
}
