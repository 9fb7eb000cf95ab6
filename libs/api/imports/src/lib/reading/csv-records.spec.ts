import { csvColumnLabel, csvRecords } from './csv-records';

describe('csvRecords', () => {
  it('groups interleaved rows by ticket, the created row giving the fields and each later row one event', () => {
    const text = [
      'Ticket_ID,event,timestamp,actor,title,impact,level,to_level,team,assignee,body,stakeholders,extra',
      'A,created,2026-11-02T09:00:00Z,,Disk full,low,2,,Team Leads,,,Kim Lee <kim@example.com>; Sam <sam@example.com>,x',
      'B,created,2026-11-02T09:30:00Z,,Mail down,high,,,,,,,x',
      'A,escalate,2026-11-02T10:00:00Z,l2.lead@ladder.demo,Disk full,low,2,3,Network,,needs specialists,,x',
      'A,assign,2026-11-02T10:05:00Z,,Disk full,low,,,Network,,,,x',
    ].join('\n');
    const [a, b] = [...csvRecords(text)];
    expect(a).toMatchObject({
      line: 2,
      eventLines: [4, 5],
      value: {
        sourceId: 'A',
        title: 'Disk full',
        impact: 'low',
        level: 2,
        team: 'Team Leads',
        createdAt: '2026-11-02T09:00:00Z',
        stakeholders: [
          { name: 'Kim Lee', email: 'kim@example.com' },
          { name: 'Sam', email: 'sam@example.com' },
        ],
        events: [
          {
            type: 'escalate',
            at: '2026-11-02T10:00:00Z',
            actor: 'l2.lead@ladder.demo',
            toLevel: 3,
            team: 'Network',
            body: 'needs specialists',
          },
          // The ticket's repeated fields are not the event's: an assign with an empty assignee unassigns.
          { type: 'assign', at: '2026-11-02T10:05:00Z', assignee: null },
        ],
      },
    });
    expect(b).toMatchObject({ line: 3, eventLines: [], value: { sourceId: 'B', events: [] } });
  });

  it('says which required columns the header lacks', () => {
    expect([...csvRecords('id,event,when\n1,created,now')]).toEqual([
      { line: 1, sourceId: null, reason: 'the header lacks the column(s) ticket_id, timestamp' },
    ]);
  });

  it('names fields by their columns', () => {
    expect(csvColumnLabel(['events', 3, 'at'])).toBe('column "timestamp"');
    expect(csvColumnLabel(['affectedService'])).toBe('column "service"');
    expect(csvColumnLabel(['stakeholders', 0, 'email'])).toBe('column "stakeholders"');
  });
});
