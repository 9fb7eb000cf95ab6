import type { ProcedureAcknowledgementReport } from '@ladder/contracts';
import { acknowledgementRows, acknowledgementSummary } from './acknowledgement-rows';

const report: ProcedureAcknowledgementReport = {
  procedureVersionId: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b',
  version: 2,
  name: 'Quicker L1',
  publishedAt: '2026-03-02T09:00:00.000Z',
  members: 7,
  acknowledged: 3,
  share: 3 / 7,
  teams: [
    {
      teamId: '1a2b3c4d-0000-4000-8000-000000000001',
      teamName: 'Service Desk',
      members: 3,
      acknowledged: 1,
      share: 1 / 3,
      notAcknowledged: [
        { userId: '1a2b3c4d-0000-4000-8000-000000000011', name: 'Chris Doe', role: 'agent' },
        { userId: '1a2b3c4d-0000-4000-8000-000000000012', name: 'Eve Park', role: 'agent' },
      ],
    },
    {
      teamId: '1a2b3c4d-0000-4000-8000-000000000002',
      teamName: 'Network',
      members: 2,
      acknowledged: 2,
      share: 1,
      notAcknowledged: [],
    },
    {
      teamId: null,
      teamName: 'No team',
      members: 2,
      acknowledged: 0,
      share: 0,
      notAcknowledged: [
        { userId: '1a2b3c4d-0000-4000-8000-000000000013', name: 'Dana Whitfield', role: 'manager' },
        { userId: '1a2b3c4d-0000-4000-8000-000000000014', name: 'Ola Nordmann', role: 'manager' },
      ],
    },
  ],
};

describe('acknowledgementRows', () => {
  it('gives per team the counts, the rounded share in percent and who has not acknowledged', () => {
    expect(acknowledgementRows(report)).toEqual([
      { team: 'Service Desk', counts: '1 of 3', percent: 33, missing: 'Chris Doe, Eve Park' },
      { team: 'Network', counts: '2 of 2', percent: 100, missing: 'Everyone has' },
      { team: 'No team', counts: '0 of 2', percent: 0, missing: 'Dana Whitfield, Ola Nordmann' },
    ]);
  });

  it('sums it up in one line', () => {
    expect(acknowledgementSummary(report)).toBe('3 of 7 acknowledged (43 %)');
    expect(acknowledgementSummary({ ...report, members: 0, acknowledged: 0, share: null, teams: [] })).toBe(
      '0 of 0 acknowledged (0 %)',
    );
  });
});
