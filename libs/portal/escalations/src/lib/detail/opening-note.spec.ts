import type { OpeningGuidance } from '@ladder/contracts';
import { openingNote } from './opening-note';

const provider = {
  name: 'Payroll provider',
  role: 'Vendor',
  channel: 'email',
  address: 'support@payroll.test',
  whenToReachOut: 'Always.',
  notify: {},
};
const opening = (over: Partial<OpeningGuidance>): OpeningGuidance => ({
  guidelines: [],
  requestedLevel: 1,
  matrixSeverity: 'S4',
  severity: 'S4',
  serviceSeverity: null,
  extraContacts: [],
  ...over,
});

describe('openingNote', () => {
  it('names the guidelines, the level and severity they raised, and the extra contacts', () => {
    const details = opening({
      guidelines: [
        { id: 'database-outage', name: 'Database outage' },
        { id: 'payroll-run', name: 'Payroll at risk' },
      ],
      severity: 'S2',
      extraContacts: [provider],
    });
    expect(openingNote({ type: 'created', toLevel: 3, details })).toBe(
      'Scenario guidelines Database outage, Payroll at risk · opened at L3 instead of L1 · S2 instead of the matrix’s S4 · also reach Payroll provider',
    );
  });

  it('says when the service register’s default severity set the floor', () => {
    const details = opening({ severity: 'S3', serviceSeverity: 'S3' });
    expect(openingNote({ type: 'created', toLevel: 1, details })).toBe(
      'S3 instead of the matrix’s S4, the service’s default',
    );
  });

  it('leaves out a service default that was not above the matrix’s severity', () => {
    const lower = opening({ matrixSeverity: 'S2', severity: 'S2', serviceSeverity: 'S3' });
    expect(openingNote({ type: 'created', toLevel: 1, details: lower })).toBeNull();
    const guided = opening({
      guidelines: [{ id: 'payroll-run', name: 'Payroll at risk' }],
      severity: 'S2',
      serviceSeverity: 'S3',
    });
    expect(openingNote({ type: 'created', toLevel: 1, details: guided })).toBe(
      'Scenario guideline Payroll at risk · S2 instead of the matrix’s S4',
    );
  });

  it('says which guideline applied even when it changed nothing', () => {
    const details = opening({ guidelines: [{ id: 'website-down', name: 'Public website down' }], requestedLevel: 2 });
    expect(openingNote({ type: 'created', toLevel: 2, details })).toBe('Scenario guideline Public website down');
  });

  it('is null for an opening nothing shaped and for other events', () => {
    expect(openingNote({ type: 'created', toLevel: 1, details: null })).toBeNull();
    expect(openingNote({ type: 'escalate', toLevel: 3, details: opening({ severity: 'S2' }) })).toBeNull();
  });
});
