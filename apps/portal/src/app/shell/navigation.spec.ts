import { homeFor, navFor } from './navigation';

describe('navigation by role', () => {
  const labels = (role: Parameters<typeof navFor>[0]) => navFor(role).map((i) => i.label);

  it('gives each role its own pages', () => {
    expect(labels('agent')).toEqual(['Queue', 'New escalation', 'Reports', 'Procedure', 'Feedback']);
    expect(labels('manager')).toEqual([
      'Queue',
      'New escalation',
      'Reports',
      'Procedure',
      'Reviews',
      'Imports',
      'Feedback',
    ]);
    expect(labels('process_owner')).toEqual(['Reports', 'Procedure', 'Reviews', 'Survey', 'Calendars', 'Feedback']);
    expect(labels('admin')).toEqual([
      'Queue',
      'New escalation',
      'Reports',
      'Procedure',
      'Reviews',
      'Survey',
      'Deliveries',
      'Integrations',
      'Calendars',
      'Imports',
      'Feedback',
    ]);
  });

  it('sends agents to the queue and readers of reports to the reports', () => {
    expect(homeFor('agent')).toBe('/escalations');
    expect(homeFor('manager')).toBe('/reports');
    expect(homeFor('process_owner')).toBe('/reports');
  });
});
