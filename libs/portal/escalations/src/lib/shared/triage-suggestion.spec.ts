import type { TriageSuggestions } from '@ladder/contracts';
import { suggestionReason, suggestionsOf } from './triage-suggestion';

const ANSWER: TriageSuggestions = {
  category: { value: 'database', label: 'database', confidence: 0.914, drivingWords: ['replication', 'lag'] },
  affectedService: null,
  team: { value: 't1', label: 'Service Desk', confidence: 0.65, drivingWords: [] },
  severity: { value: 'S2', label: 'S2', confidence: 0.005, drivingWords: ['down'] },
  trainedOn: 120,
  trainedAt: '2026-11-02T09:00:00.000Z',
};

describe('suggestionsOf', () => {
  it('lists the targets with a suggestion in the contract order', () => {
    expect(suggestionsOf(ANSWER)).toEqual([
      {
        target: 'category',
        value: 'database',
        label: 'database',
        confidence: 0.914,
        drivingWords: ['replication', 'lag'],
      },
      { target: 'team', value: 't1', label: 'Service Desk', confidence: 0.65, drivingWords: [] },
      { target: 'severity', value: 'S2', label: 'S2', confidence: 0.005, drivingWords: ['down'] },
    ]);
  });

  it('lists none without an answer or from an untrained model', () => {
    expect(suggestionsOf(null)).toEqual([]);
    expect(
      suggestionsOf({
        category: null,
        affectedService: null,
        team: null,
        severity: null,
        trainedOn: 3,
        trainedAt: null,
      }),
    ).toEqual([]);
  });
});

describe('suggestionReason', () => {
  it('gives the confidence as a whole percentage and quotes the driving words', () => {
    expect(suggestionReason({ confidence: 0.914, drivingWords: ['replication', 'lag'] })).toBe(
      '91 % sure · because of “replication”, “lag”',
    );
    expect(suggestionReason({ confidence: 0.35, drivingWords: [] })).toBe('35 % sure');
    expect(suggestionReason({ confidence: 1, drivingWords: ['vpn'] })).toBe('100 % sure · because of “vpn”');
  });
});
