import { toAcknowledgementReport, type AcknowledgerRow } from './acknowledgement-report.mapper';

const TEAM = '1a2b3c4d-0000-4000-8000-000000000001';
const person = (id: string, name: string, team: string | null, acknowledged: boolean): AcknowledgerRow => ({
  id,
  name,
  role: team ? 'agent' : 'manager',
  team_id: team,
  team_name: team ? 'Service Desk' : null,
  acknowledged_at: acknowledged ? new Date('2026-03-02T10:00:00Z') : null,
});

describe('toAcknowledgementReport', () => {
  const version = { id: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b', version: 2, name: 'Quicker L1', published_at: null };

  it('groups people by team in the order given, counting who acknowledged and naming who has not', () => {
    const rows = [
      person('a', 'Alex Rivera', TEAM, true),
      person('b', 'Chris Doe', TEAM, false),
      person('c', 'Eve Park', TEAM, true),
      person('d', 'Dana Whitfield', null, false),
    ];
    expect(toAcknowledgementReport(version, rows)).toEqual({
      procedureVersionId: version.id,
      version: 2,
      name: 'Quicker L1',
      publishedAt: null,
      members: 4,
      acknowledged: 2,
      share: 0.5,
      teams: [
        {
          teamId: TEAM,
          teamName: 'Service Desk',
          members: 3,
          acknowledged: 2,
          share: 2 / 3,
          notAcknowledged: [{ userId: 'b', name: 'Chris Doe', role: 'agent' }],
        },
        {
          teamId: null,
          teamName: 'No team',
          members: 1,
          acknowledged: 0,
          share: 0,
          notAcknowledged: [{ userId: 'd', name: 'Dana Whitfield', role: 'manager' }],
        },
      ],
    });
  });

  it('has no share when nobody must acknowledge', () => {
    expect(toAcknowledgementReport(version, [])).toMatchObject({ members: 0, acknowledged: 0, share: null, teams: [] });
  });
});
