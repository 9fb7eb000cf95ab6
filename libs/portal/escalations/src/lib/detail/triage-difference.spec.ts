import type { ShownSuggestion } from '../shared/triage-suggestion';
import { type CurrentTriage, triageDifference } from './triage-difference';

const escalation: CurrentTriage = {
  category: 'network',
  affectedService: 'Checkout',
  teamId: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
  teamName: 'Service Desk',
  severity: 'S3',
};
const suggestion = (target: ShownSuggestion['target'], value: string, label = value): ShownSuggestion => ({
  target,
  value,
  label,
  confidence: 0.8,
  drivingWords: [],
});

describe('triageDifference', () => {
  it('says what routing chose and what the text suggests when they differ', () => {
    expect(triageDifference(suggestion('category', 'database'), escalation)).toBe(
      'Routing put it in network; its text suggests database.',
    );
    expect(triageDifference(suggestion('affectedService', 'Payments'), escalation)).toBe(
      'Routing put it in Checkout; its text suggests Payments.',
    );
    expect(triageDifference(suggestion('team', '5a4d3c2b-1a09-4c1b-9e7f-0b6c3f4e8d2a', 'DBA'), escalation)).toBe(
      'Routing put it in Service Desk; its text suggests DBA.',
    );
    expect(triageDifference(suggestion('severity', 'S1'), escalation)).toBe(
      'Routing put it in S3; its text suggests S1.',
    );
  });

  it('says nothing when the suggestion is what the escalation has', () => {
    expect(triageDifference(suggestion('category', 'network'), escalation)).toBeNull();
    expect(triageDifference(suggestion('affectedService', 'Checkout'), escalation)).toBeNull();
    expect(triageDifference(suggestion('team', escalation.teamId, 'Service Desk'), escalation)).toBeNull();
    expect(triageDifference(suggestion('severity', 'S3'), escalation)).toBeNull();
  });
});
