import { toSimilarEscalation } from './similar-escalation.mapper';

describe('toSimilarEscalation', () => {
  it('maps a row, with the minutes from opening to resolution rounded', () => {
    expect(
      toSimilarEscalation({
        id: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
        number: '1042',
        title: 'VPN tunnel drops for remote staff',
        category: 'network',
        affected_service: 'VPN',
        severity: 'S2',
        created_at: new Date('2026-11-02T09:00:00Z'),
        resolved_at: new Date('2026-11-02T11:30:29Z'),
        resolution_summary: 'Raised the idle timeout',
        level: 3,
        score: 0.612,
        same_category: true,
        same_service: false,
        matching_words: ['vpn', 'drops'],
      }),
    ).toEqual({
      id: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
      number: 1042,
      title: 'VPN tunnel drops for remote staff',
      category: 'network',
      affectedService: 'VPN',
      severity: 'S2',
      resolvedAt: '2026-11-02T11:30:29.000Z',
      resolutionSummary: 'Raised the idle timeout',
      resolvedAtLevel: 3,
      timeToResolveMinutes: 150,
      score: 0.612,
      why: { matchingWords: ['vpn', 'drops'], sameCategory: true, sameService: false },
    });
  });
});
