import { filtersFromParams } from '../filters/report-filters';
import { describeFilters } from './filter-description';

const names = {
  team: (id: string) => (id === 'team-network' ? 'Network' : id),
  level: (level: string) => `L${level} Team Lead`,
  version: (id: string) => (id === 'v2-id' ? 'v2 · Faster hand-offs' : id),
};
const now = new Date('2026-11-27T12:00:00Z');

describe('describeFilters', () => {
  it('lists the chosen filters by name, in the bar’s order', () => {
    const filters = filtersFromParams(
      { severity: 'S1,S2', teamId: 'team-network', level: '2', procedureVersionId: 'v2-id', affectedService: 'VPN' },
      now,
    );
    expect(describeFilters(filters, names)).toBe(
      'Severity S1, S2 · Team Network · Level L2 Team Lead · Service VPN · Procedure version v2 · Faster hand-offs',
    );
  });

  it('says all escalations when nothing narrows them', () => {
    expect(describeFilters(filtersFromParams({}, now), names)).toBe('All escalations');
  });
});
