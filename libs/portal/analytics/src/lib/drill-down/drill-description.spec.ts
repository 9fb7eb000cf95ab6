import type { DrillDownItem } from '@ladder/contracts';
import { toCsv } from '@ladder/portal/ui';
import { describeDrill, drillTable } from './drill-description';

const names = {
  level: (level: string) => ({ '2': 'L2 Team Lead', '3': 'L3 Specialists' })[level] ?? `L${level}`,
  team: (id: string) => (id === 'team-network' ? 'Network' : id),
};

describe('describeDrill', () => {
  it('names the basis, the cell and the range', () => {
    expect(
      describeDrill(
        { basis: 'over-budget', level: '2', teamId: 'team-network', from: '2026-09-01', to: '2026-09-30' },
        names,
      ),
    ).toBe('Stays past their level budget · L2 Team Lead · Network · 2026-09-01 to 2026-09-30');
    expect(
      describeDrill(
        { basis: 'transitions', fromLevel: '2', toLevel: '3', from: '2026-09-01', to: '2026-09-07' },
        names,
      ),
    ).toBe('Moves between levels · L2 Team Lead → L3 Specialists · 2026-09-01 to 2026-09-07');
    expect(
      describeDrill({ basis: 'opened', weekday: 'mon', hour: '9', from: '2026-09-01', to: '2026-09-07' }, names),
    ).toBe('Escalations opened · mon 09:00 · 2026-09-01 to 2026-09-07');
  });
});

describe('drillTable', () => {
  it('gives one CSV line per escalation with the measured minutes to one decimal', () => {
    const item: DrillDownItem = {
      escalationId: '0b8f3a8e-3c1e-4d3f-9a8c-2f1e0d9c8b7a',
      number: 42,
      title: 'VPN down, Berlin',
      severity: 'S2',
      status: 'resolved',
      category: 'network',
      affectedService: 'VPN',
      level: 3,
      teamName: 'Network',
      openedAt: '2026-09-02T08:00:00.000Z',
      resolvedAt: '2026-09-02T12:30:00.000Z',
      minutes: 95.26,
    };
    expect(toCsv(drillTable('list', [item])).split('\r\n')[1]).toBe(
      '42,"VPN down, Berlin",S2,resolved,3,Network,network,VPN,2026-09-02T08:00:00.000Z,2026-09-02T12:30:00.000Z,95.3',
    );
  });
});
