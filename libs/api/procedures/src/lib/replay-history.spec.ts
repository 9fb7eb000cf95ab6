import { toReplayEscalations, type ReplayEscalationRow } from './replay-history';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

describe('toReplayEscalations', () => {
  const escalation = (id: string): ReplayEscalationRow => ({
    id,
    severity: 'S2',
    category: 'network',
    affected_service: 'VPN',
    procedure_version_id: 'v1',
    created_at: at(0),
    acknowledged_at: at(5),
    resolved_at: null,
  });

  it('groups stays in order, pairs wait with resume, keeps the last reopening', () => {
    const [a, b] = toReplayEscalations(
      [escalation('a'), escalation('b')],
      [
        { escalation_id: 'a', level: 1, team_id: 't1', entered_at: at(0), left_at: at(20) },
        { escalation_id: 'a', level: 2, team_id: 't2', entered_at: at(20), left_at: null },
      ],
      [
        { escalation_id: 'a', type: 'wait', at: at(10) },
        { escalation_id: 'a', type: 'resume', at: at(15) },
        { escalation_id: 'a', type: 'reopen', at: at(30) },
        { escalation_id: 'a', type: 'wait', at: at(40) },
        { escalation_id: 'a', type: 'reopen', at: at(50) },
      ],
    );
    expect(a).toEqual({
      id: 'a',
      severity: 'S2',
      category: 'network',
      affectedService: 'VPN',
      procedureVersionId: 'v1',
      createdAt: at(0),
      acknowledgedAt: at(5),
      resolvedAt: null,
      reopenedAt: at(50),
      stays: [
        { level: 1, teamId: 't1', enteredAt: at(0), leftAt: at(20) },
        { level: 2, teamId: 't2', enteredAt: at(20), leftAt: null },
      ],
      pauses: [
        { from: at(10), to: at(15) },
        { from: at(40), to: null },
      ],
    });
    expect(b).toMatchObject({ id: 'b', stays: [], pauses: [], reopenedAt: null });
  });
});
