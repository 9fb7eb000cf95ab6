import type { EscalationRow, TimelineRow } from './escalation-row';
import { toEscalation, toTimelineEvent } from './escalation.mapper';

const row: EscalationRow = {
  id: '00000000-0000-4000-8000-0000000000e1',
  number: '1042',
  title: 'VPN down',
  description: 'No tunnel',
  category: 'network',
  affected_service: 'VPN',
  impact: 'high',
  urgency: 'medium',
  severity: 'S2',
  status: 'acknowledged',
  level: 3,
  team_id: '00000000-0000-4000-8000-000000000003',
  team_name: 'Network',
  assignee_id: null,
  assignee_name: null,
  procedure_version_id: '00000000-0000-4000-8000-0000000000f1',
  procedure_version: 1,
  source: 'api',
  stakeholders: [{ name: 'Kim', email: 'kim@example.com' }],
  created_at: new Date('2026-11-26T10:00:00Z'),
  updated_at: new Date('2026-11-26T10:05:00Z'),
  acknowledged_at: new Date('2026-11-26T10:05:00Z'),
  resolved_at: null,
  closed_at: null,
  resolution_summary: null,
  response_due_at: new Date('2026-11-26T10:30:00Z'),
  resolution_due_at: new Date('2026-11-26T18:00:00Z'),
  next_due_at: new Date('2026-11-26T10:30:00Z'),
  sla_state: 'warning',
  version: 2,
  source_system: null,
  source_id: null,
};

describe('toEscalation', () => {
  it('maps a row to the contract with a numeric number, ISO times and the level name given', () => {
    expect(toEscalation(row, 'Specialist teams', [])).toEqual({
      id: row.id,
      number: 1042,
      title: 'VPN down',
      description: 'No tunnel',
      category: 'network',
      affectedService: 'VPN',
      impact: 'high',
      urgency: 'medium',
      severity: 'S2',
      status: 'acknowledged',
      level: 3,
      levelName: 'Specialist teams',
      teamId: row.team_id,
      teamName: 'Network',
      assigneeId: null,
      assigneeName: null,
      procedureVersionId: row.procedure_version_id,
      procedureVersion: 1,
      source: 'api',
      stakeholders: [{ name: 'Kim', email: 'kim@example.com' }],
      createdAt: '2026-11-26T10:00:00.000Z',
      updatedAt: '2026-11-26T10:05:00.000Z',
      acknowledgedAt: '2026-11-26T10:05:00.000Z',
      resolvedAt: null,
      closedAt: null,
      resolutionSummary: null,
      responseDueAt: '2026-11-26T10:30:00.000Z',
      resolutionDueAt: '2026-11-26T18:00:00.000Z',
      nextDueAt: '2026-11-26T10:30:00.000Z',
      slaState: 'warning',
      version: 2,
      guidance: [],
    });
  });

  it('gives the matching guidelines without their conditions, in the order given', () => {
    const vendor = {
      name: 'VPN vendor',
      role: 'Supplier',
      channel: 'email',
      address: 'support@vpn.test',
      whenToReachOut: 'Tunnel down for all.',
      notify: {},
    };
    const guidelines = [
      {
        id: 'vpn-outage',
        name: 'VPN outage',
        category: 'network',
        affectedService: 'VPN',
        entryLevel: 2,
        minimumSeverity: 'S2' as const,
        extraContacts: [vendor],
        notes: 'Check the vendor status page.',
      },
      { id: 'network', name: 'Network', category: 'network', extraContacts: [], notes: '' },
    ];
    expect(toEscalation(row, 'Specialist teams', guidelines).guidance).toEqual([
      {
        id: 'vpn-outage',
        name: 'VPN outage',
        entryLevel: 2,
        minimumSeverity: 'S2',
        extraContacts: [vendor],
        notes: 'Check the vendor status page.',
      },
      { id: 'network', name: 'Network', extraContacts: [], notes: '' },
    ]);
  });

  it('says where an imported escalation came from', () => {
    const imported = { ...row, source_system: 'Zendesk', source_id: 'ZD-1' };
    expect(toEscalation(imported, 'Specialist teams', []).importedFrom).toEqual({
      system: 'Zendesk',
      sourceId: 'ZD-1',
    });
  });
});

describe('toTimelineEvent', () => {
  it('maps an event row with actor and team names', () => {
    const event: TimelineRow = {
      id: '7',
      type: 'escalate',
      at: new Date('2026-11-26T11:00:00Z'),
      actor_id: '00000000-0000-4000-8000-0000000000a1',
      actor_name: 'Alex Rivera',
      from_status: 'acknowledged',
      to_status: 'open',
      from_level: 1,
      to_level: 3,
      team_id: row.team_id,
      team_name: 'Network',
      assignee_id: null,
      body: 'needs a specialist',
      visibility: 'internal',
      channel: 'portal',
      reason: null,
      details: null,
    };
    expect(toTimelineEvent(event)).toEqual({
      id: '7',
      type: 'escalate',
      at: '2026-11-26T11:00:00.000Z',
      actorId: event.actor_id,
      actorName: 'Alex Rivera',
      fromStatus: 'acknowledged',
      toStatus: 'open',
      fromLevel: 1,
      toLevel: 3,
      teamId: row.team_id,
      teamName: 'Network',
      assigneeId: null,
      body: 'needs a specialist',
      visibility: 'internal',
      channel: 'portal',
      reason: null,
      details: null,
    });
  });
});
