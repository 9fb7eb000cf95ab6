import { homeFor, navFor } from './navigation';

describe('navigation by role', () => {
  const labels = (role: Parameters<typeof navFor>[0]) => navFor(role).map((i) => i.label);

  it('gives each role its own pages', () => {
    expect(labels('agent')).toEqual(['Queue', 'New escalation', 'Dashboard']);
    expect(labels('manager')).toEqual(['Queue', 'New escalation', 'Dashboard', 'Imports']);
    expect(labels('process_owner')).toEqual(['Dashboard', 'Procedure', 'Calendars']);
    expect(labels('admin')).toEqual([
      'Queue',
      'New escalation',
      'Dashboard',
      'Procedure',
      'Deliveries',
      'Calendars',
      'Imports',
    ]);
  });

  it('sends agents to the queue and readers of reports to the dashboard', () => {
    expect(homeFor('agent')).toBe('/escalations');
    expect(homeFor('manager')).toBe('/dashboard');
    expect(homeFor('process_owner')).toBe('/dashboard');
  });
});
