import type { Routing } from '@ladder/contracts';
import { routeAlert } from './route-alert';

const TEAM = '7d1c0b9e-3f2a-4c5d-8e6f-0a1b2c3d4e5f';
const ROUTING: Routing = {
  defaults: { category: 'application', affectedService: 'Website', impact: 'medium', urgency: 'low' },
  serviceLabel: 'service',
  rules: [
    { match: { severity: ['critical', 'page'] }, set: { impact: 'high', urgency: 'high' } },
    { match: { team: ['dba'] }, set: { category: 'database', teamId: TEAM, urgency: 'medium' } },
    { match: { team: ['dba'], env: ['prod'] }, set: { affectedService: 'Data Warehouse' } },
  ],
};

describe('routeAlert', () => {
  it('takes the defaults when no rule matches and there is no service label', () => {
    expect(routeAlert(ROUTING, { alertname: 'Probe' })).toEqual(ROUTING.defaults);
  });

  it('names the service by the service label', () => {
    expect(routeAlert(ROUTING, { service: 'CRM' }).affectedService).toBe('CRM');
  });

  it('takes each field from the first matching rule that sets it', () => {
    expect(routeAlert(ROUTING, { severity: 'page', team: 'dba', env: 'prod', service: 'CRM' })).toEqual({
      category: 'database',
      affectedService: 'Data Warehouse',
      impact: 'high',
      urgency: 'high',
      teamId: TEAM,
    });
  });

  it('matches a rule only when every label it names has one of its values', () => {
    expect(routeAlert(ROUTING, { team: 'dba', env: 'test' })).toEqual({
      category: 'database',
      affectedService: 'Website',
      impact: 'medium',
      urgency: 'medium',
      teamId: TEAM,
    });
    expect(routeAlert(ROUTING, { severity: 'warning' })).toEqual(ROUTING.defaults);
  });
});
