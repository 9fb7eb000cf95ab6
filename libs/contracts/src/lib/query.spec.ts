import { EscalationListQuerySchema } from './escalation';
import { TimeAtLevelQuerySchema } from './analytics';

describe('query parameters', () => {
  it('reads comma-separated and repeated lists and coerces numbers', () => {
    const query = EscalationListQuerySchema.parse({ status: 'open, acknowledged', level: ['1', '3'], page: '2' });
    expect(query).toEqual({ status: ['open', 'acknowledged'], level: [1, 3], page: 2, pageSize: 25, sort: 'due' });
  });

  it('rejects an unknown status and a page size over 200', () => {
    expect(EscalationListQuerySchema.safeParse({ status: 'lost' }).success).toBe(false);
    expect(EscalationListQuerySchema.safeParse({ pageSize: '201' }).success).toBe(false);
  });

  it('names `from` when the range is reversed', () => {
    const result = TimeAtLevelQuerySchema.safeParse({ from: '2026-03-02', to: '2026-03-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['from']);
  });
});
