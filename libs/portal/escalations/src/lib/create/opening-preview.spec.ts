import type { ProcedureDefinition } from '@ladder/contracts';
import { openingPreview } from './opening-preview';

const definition = {
  levels: [
    { level: 1, name: 'Service Desk' },
    { level: 2, name: 'Team Lead' },
    { level: 3, name: 'Specialist teams' },
  ],
  matrix: {
    high: { high: 'S1', medium: 'S2', low: 'S3' },
    medium: { high: 'S2', medium: 'S3', low: 'S3' },
    low: { high: 'S3', medium: 'S4', low: 'S4' },
  },
  severities: [
    {
      severity: 'S2',
      label: 'High',
      responseMinutes: 30,
      resolutionMinutes: 480,
      updateCadenceMinutes: 60,
      calendar: '24x7',
    },
    {
      severity: 'S4',
      label: 'Low',
      responseMinutes: 480,
      resolutionMinutes: 7200,
      updateCadenceMinutes: 1440,
      calendar: 'team',
    },
  ],
  scenarios: [
    {
      id: 'database-outage',
      name: 'Database outage',
      category: 'database',
      entryLevel: 3,
      minimumSeverity: 'S2',
      extraContacts: [],
      notes: '',
    },
    {
      id: 'payroll-run',
      name: 'Payroll at risk',
      affectedService: 'Payroll',
      minimumSeverity: 'S2',
      extraContacts: [],
      notes: '',
    },
  ],
} as unknown as ProcedureDefinition;

const choice = {
  category: 'database',
  affectedService: 'ERP',
  impact: 'low' as const,
  urgency: 'low' as const,
  level: 1,
};

describe('openingPreview', () => {
  it('raises the level and severity as the matching guidelines say, with the reasons', () => {
    expect(openingPreview(definition, choice, null)).toEqual({
      target: definition.severities[0],
      severity: 'S2',
      matrixSeverity: 'S4',
      level: 3,
      levelName: 'Specialist teams',
      reasons: ['Database outage: opens at L3, at least S2'],
    });
  });

  it('adds the service register’s default severity as a floor and names it', () => {
    const preview = openingPreview(definition, { ...choice, category: 'network', affectedService: 'Payroll' }, 'S3');
    expect([preview.severity, preview.level, preview.reasons]).toEqual([
      'S2',
      1,
      ['Payroll at risk: at least S2', 'Payroll defaults to S3'],
    ]);
  });

  it('keeps what the matrix and the requested level give when nothing matches', () => {
    const preview = openingPreview(definition, { ...choice, category: 'network', level: 2 }, null);
    expect(preview).toMatchObject({ severity: 'S4', level: 2, levelName: 'Team Lead', reasons: [] });
    expect(preview.target?.label).toBe('Low');
  });

  it('does not call a guideline’s entry level a raise when the request is already higher', () => {
    expect(openingPreview(definition, { ...choice, level: 3 }, null).reasons).toEqual(['Database outage: at least S2']);
  });
});
