import type { Risk } from '@ladder/contracts';
import { heatGrid, sortRisks } from './risk-rows';
import { scoreBand } from './register-words';

const risk = (title: string, likelihood: number, impact: number, over: Partial<Risk> = {}): Risk => ({
  id: title,
  title,
  description: '',
  likelihood,
  impact,
  score: likelihood * impact,
  serviceId: null,
  serviceName: null,
  scenarioId: null,
  scenarioName: null,
  mitigation: '',
  owner: 'Lee',
  status: 'open',
  reviewedAt: null,
  rowVersion: 1,
  updatedAt: '2026-11-02T09:00:00.000Z',
  ...over,
});

const failover = risk('Failover', 2, 5, { reviewedAt: '2026-10-01T00:00:00.000Z' });
const capacity = risk('Capacity', 4, 3, { reviewedAt: '2026-11-01T00:00:00.000Z' });
const certificate = risk('Certificate', 3, 4, { status: 'mitigated' });
const phishing = risk('Phishing', 5, 4);
const all = [failover, capacity, certificate, phishing];
const titles = (risks: Risk[]) => risks.map((r) => r.title);

describe('sortRisks', () => {
  it('sorts by score, equal scores by likelihood then title', () => {
    expect(titles(sortRisks(all, { active: 'score', direction: 'desc' }))).toEqual([
      'Phishing',
      'Capacity',
      'Certificate',
      'Failover',
    ]);
    expect(titles(sortRisks(all, { active: 'score', direction: 'asc' }))).toEqual([
      'Failover',
      'Certificate',
      'Capacity',
      'Phishing',
    ]);
  });

  it('sorts by title, status and review date, never-reviewed first when ascending', () => {
    expect(titles(sortRisks(all, { active: 'title', direction: 'asc' }))).toEqual([
      'Capacity',
      'Certificate',
      'Failover',
      'Phishing',
    ]);
    expect(titles(sortRisks(all, { active: 'status', direction: 'desc' }))).toEqual([
      'Capacity',
      'Failover',
      'Phishing',
      'Certificate',
    ]);
    expect(titles(sortRisks(all, { active: 'reviewedAt', direction: 'asc' }))).toEqual([
      'Certificate',
      'Phishing',
      'Failover',
      'Capacity',
    ]);
  });
});

describe('heatGrid', () => {
  it('places open risks by likelihood (rows, 5 first) and impact (columns, 1 first)', () => {
    const grid = heatGrid(all);
    expect(grid.map((row) => row[0]?.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(grid[0]?.map((cell) => cell.impact)).toEqual([1, 2, 3, 4, 5]);
    const filled = grid.flat().filter((cell) => cell.titles.length > 0);
    expect(filled.map((c) => [c.likelihood, c.impact, c.score, c.band, c.titles])).toEqual([
      [5, 4, 20, 'critical', ['Phishing']],
      [4, 3, 12, 'high', ['Capacity']],
      [2, 5, 10, 'high', ['Failover']],
    ]);
  });
});

describe('scoreBand', () => {
  it('bands 1-4 low, 5-9 medium, 10-16 high, 20-25 critical', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(scoreBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});
