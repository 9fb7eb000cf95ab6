import type { ProcedureDefinition } from '@ladder/contracts';
import { toCriticalService, toRisk, type CriticalServiceRow, type RiskRow } from './register.mapper';

const definition = {
  services: ['Payroll', 'Email'],
  scenarios: [{ id: 'payroll-run', name: 'Payroll at risk' }],
} as unknown as ProcedureDefinition;

const updatedAt = new Date('2026-11-20T08:30:00Z');

describe('register mappers', () => {
  const service: CriticalServiceRow = {
    id: 's1',
    name: 'Payroll',
    criticality: 'critical',
    default_severity: 'S2',
    owning_team_id: 't1',
    owning_team_name: 'Applications',
    description: 'Monthly pay runs',
    row_version: 3,
    updated_at: updatedAt,
  };

  it('says whether a registered service is still one of the procedure’s services', () => {
    expect(toCriticalService(service, definition)).toEqual({
      id: 's1',
      name: 'Payroll',
      criticality: 'critical',
      defaultSeverity: 'S2',
      owningTeamId: 't1',
      owningTeamName: 'Applications',
      description: 'Monthly pay runs',
      inProcedure: true,
      rowVersion: 3,
      updatedAt: '2026-11-20T08:30:00.000Z',
    });
    expect(toCriticalService({ ...service, name: 'Fax' }, definition).inProcedure).toBe(false);
  });

  const risk: RiskRow = {
    id: 'r1',
    title: 'Provider misses the cut-off',
    description: '',
    likelihood: 3,
    impact: 5,
    service_id: 's1',
    service_name: 'Payroll',
    scenario_id: 'payroll-run',
    mitigation: 'Second provider on standby',
    owner: 'Finance',
    status: 'open',
    reviewed_at: null,
    row_version: 1,
    updated_at: updatedAt,
  };

  it('scores a risk as likelihood × impact and names its scenario guideline', () => {
    expect(toRisk(risk, definition)).toMatchObject({ score: 15, scenarioName: 'Payroll at risk', reviewedAt: null });
  });

  it('has no scenario name when the guideline is gone from the current procedure', () => {
    expect(toRisk({ ...risk, scenario_id: 'retired-guideline' }, definition).scenarioName).toBeNull();
  });
});
