import { EscalationListQuerySchema } from '@ladder/contracts';
import { listSql } from './escalation-list.sql';

const ME = '00000000-0000-4000-8000-000000000009';
const parse = (raw: Record<string, string>) => EscalationListQuerySchema.parse(raw);

describe('listSql', () => {
  it('has no filter and sorts by due time with resolved and closed last by default', () => {
    const sql = listSql(parse({}), ME);
    expect(sql.where).toBe('');
    expect(sql.params).toEqual([]);
    expect(sql.order).toBe("(e.status IN ('resolved', 'closed')), e.next_due_at NULLS LAST, e.number");
  });

  it('filters by SLA state', () => {
    expect(listSql(parse({ slaState: 'warning,breached' }), ME)).toMatchObject({
      where: 'WHERE e.sla_state = ANY ($1::text[])',
      params: [['warning', 'breached']],
    });
  });

  it('turns list filters into ANY conditions and `me` into the caller id', () => {
    const sql = listSql(parse({ status: 'open,waiting', level: '2', assigneeId: 'me', sort: '-updated' }), ME);
    expect(sql.where).toBe(
      'WHERE e.status = ANY ($1::text[]) AND e.level = ANY ($2::integer[]) AND e.assignee_id = $3::uuid',
    );
    expect(sql.params).toEqual([['open', 'waiting'], [2], ME]);
    expect(sql.order).toBe('e.updated_at DESC, e.number DESC');
  });

  it('filters unassigned escalations without a parameter', () => {
    expect(listSql(parse({ assigneeId: 'none' }), ME)).toMatchObject({
      where: 'WHERE e.assignee_id IS NULL',
      params: [],
    });
  });

  it('searches title and description with LIKE wildcards escaped, and the number for ESC-n', () => {
    expect(listSql(parse({ q: '50%_off' }), ME)).toMatchObject({
      where: 'WHERE (e.title ILIKE $1 OR e.description ILIKE $1)',
      params: ['%50\\%\\_off%'],
    });
    expect(listSql(parse({ q: 'esc-42' }), ME)).toMatchObject({
      where: 'WHERE (e.title ILIKE $1 OR e.description ILIKE $1 OR e.number = $2::bigint)',
      params: ['%esc-42%', 42],
    });
  });
});
