import { reportPagesFor } from './report-pages';

describe('reportPagesFor', () => {
  const labels = (role: Parameters<typeof reportPagesFor>[0]) => reportPagesFor(role).map((p) => p.label);

  it('gives readers of reports every report, in the order a review reads them', () => {
    const all = [
      'Overview',
      'Time at level',
      'Bottlenecks',
      'SLA breaches',
      'Flow',
      'Load',
      'Time to resolution',
      'Surveys',
    ];
    expect(labels('manager')).toEqual(all);
    expect(labels('process_owner')).toEqual(all);
    expect(labels('admin')).toEqual(all);
  });

  it('gives agents the time their escalations wait at each level, and nobody signed out anything', () => {
    expect(labels('agent')).toEqual(['Time at level']);
    expect(labels(null)).toEqual([]);
  });
});
