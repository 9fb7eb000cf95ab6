import { ACCEPTANCE } from './triage-acceptance.fixture';
import { acceptanceSentence, triageAcceptanceStatus, triageAcceptanceTable } from './triage-acceptance.mapper';

describe('acceptanceSentence', () => {
  it('puts a row into words', () => {
    expect(ACCEPTANCE.targets.map(acceptanceSentence)).toEqual([
      'Agents opened 30 of 40 escalations (75%) with the suggested category.',
      'Agents opened 2 of 3 escalations (66.7%) with the suggested affected service.',
      'Agents opened 0 of 1 escalation (0%) with the suggested resolving team.',
      'No severity has been suggested yet.',
    ]);
  });
});

describe('triageAcceptanceTable', () => {
  it('has a row per target with the rate in percent', () => {
    const table = triageAcceptanceTable(ACCEPTANCE);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Suggestion for',
      'Shown',
      'Kept',
      'Acceptance (%)',
      'In words',
    ]);
    expect(
      table.rows.map((row) => [row.cells['target'], row.cells['shown'], row.cells['accepted'], row.cells['rate']]),
    ).toEqual([
      ['Category', 40, 30, 75],
      ['Affected service', 3, 2, 66.7],
      ['Resolving team', 1, 0, 0],
      ['Severity', 0, 0, null],
    ]);
  });
});

describe('triageAcceptanceStatus', () => {
  it('is empty until a suggestion has been shown', () => {
    expect(triageAcceptanceStatus({ status: 'ready', report: ACCEPTANCE })).toBe('ready');
    const none = {
      targets: ACCEPTANCE.targets.map((row) => ({ ...row, shown: 0, accepted: 0, acceptanceRate: null })),
    };
    expect(triageAcceptanceStatus({ status: 'ready', report: none })).toBe('empty');
    expect(triageAcceptanceStatus({ status: 'loading', report: null })).toBe('loading');
    expect(triageAcceptanceStatus({ status: 'error', report: null })).toBe('error');
  });
});
