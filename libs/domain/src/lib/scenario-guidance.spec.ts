import type { ScenarioGuideline } from '@ladder/contracts';
import { matchingGuidelines, mostSevere, scenarioGuidance } from './scenario-guidance';

const guideline = (g: Partial<ScenarioGuideline> & Pick<ScenarioGuideline, 'id'>): ScenarioGuideline => ({
  name: g.id,
  extraContacts: [],
  notes: '',
  ...g,
});

const databaseOutage = guideline({ id: 'database-outage', category: 'database', entryLevel: 3, minimumSeverity: 'S2' });
const payroll = guideline({ id: 'payroll', affectedService: 'Payroll', minimumSeverity: 'S2' });
const payrollDatabase = guideline({
  id: 'payroll-database',
  category: 'database',
  affectedService: 'Payroll',
  entryLevel: 4,
});
const emailAtL2 = guideline({ id: 'email', affectedService: 'Email', entryLevel: 2, minimumSeverity: 'S3' });
const scenarios = [databaseOutage, payroll, payrollDatabase, emailAtL2];

const ids = (list: ScenarioGuideline[]) => list.map((g) => g.id);

describe('mostSevere', () => {
  it('picks the lowest S number', () => {
    expect(mostSevere('S3', 'S4', 'S2', 'S3')).toBe('S2');
    expect(mostSevere('S1', 'S4')).toBe('S1');
    expect(mostSevere('S4')).toBe('S4');
  });
});

describe('matchingGuidelines', () => {
  it('requires every condition given to hold and puts the more specific first, then the procedure order', () => {
    expect(ids(matchingGuidelines(scenarios, 'database', 'Payroll'))).toEqual([
      'payroll-database',
      'database-outage',
      'payroll',
    ]);
    expect(ids(matchingGuidelines(scenarios, 'database', 'ERP'))).toEqual(['database-outage']);
    expect(ids(matchingGuidelines(scenarios, 'application', 'Payroll'))).toEqual(['payroll']);
    expect(ids(matchingGuidelines(scenarios, 'network', 'VPN'))).toEqual([]);
  });

  it('compares names exactly', () => {
    expect(ids(matchingGuidelines(scenarios, 'Database', 'payroll'))).toEqual([]);
  });

  it('never matches a guideline without a condition', () => {
    expect(ids(matchingGuidelines([guideline({ id: 'everything', entryLevel: 4 })], 'network', 'VPN'))).toEqual([]);
  });
});

describe('scenarioGuidance', () => {
  const ask = (category: string, affectedService: string, severity: 'S1' | 'S2' | 'S3' | 'S4', level = 1) =>
    scenarioGuidance({ scenarios }, { category, affectedService, severity, level });

  it('raises the entry level to the highest of the request and the guidelines', () => {
    expect(ask('database', 'ERP', 'S3')).toEqual({ guidelines: [databaseOutage], level: 3, severity: 'S2' });
    expect(ask('database', 'Payroll', 'S4')).toEqual({
      guidelines: [payrollDatabase, databaseOutage, payroll],
      level: 4,
      severity: 'S2',
    });
  });

  it('never lowers what was asked for or what the matrix gave', () => {
    expect(ask('database', 'ERP', 'S1', 4)).toEqual({ guidelines: [databaseOutage], level: 4, severity: 'S1' });
    expect(ask('application', 'Email', 'S2')).toEqual({ guidelines: [emailAtL2], level: 2, severity: 'S2' });
  });

  it('leaves an escalation no guideline matches as it is', () => {
    expect(ask('network', 'VPN', 'S4', 2)).toEqual({ guidelines: [], level: 2, severity: 'S4' });
  });

  it('takes the service register’s default severity as a floor too', () => {
    const question = { category: 'network', affectedService: 'VPN', severity: 'S4' as const, level: 1 };
    expect(scenarioGuidance({ scenarios }, { ...question, serviceSeverity: 'S2' })).toEqual({
      guidelines: [],
      level: 1,
      severity: 'S2',
    });
    expect(scenarioGuidance({ scenarios }, { ...question, severity: 'S1', serviceSeverity: 'S3' }).severity).toBe('S1');
    expect(scenarioGuidance({ scenarios }, { ...question, serviceSeverity: null }).severity).toBe('S4');
  });
});
