import { labelText, orderedLabels, tellingLabels } from './alert-labels';

const LABELS = {
  job: 'api',
  service: 'checkout',
  region: 'eu-west-1',
  severity: 'critical',
  alertname: 'HighErrorRate',
  instance: '10.0.3.7:9100',
};

describe('orderedLabels', () => {
  it('puts alertname, severity, instance and service first, then the others by name', () => {
    expect(orderedLabels(LABELS).map(labelText)).toEqual([
      'alertname=HighErrorRate',
      'severity=critical',
      'instance=10.0.3.7:9100',
      'service=checkout',
      'job=api',
      'region=eu-west-1',
    ]);
  });

  it('keeps to name order when none of the telling labels is there', () => {
    expect(orderedLabels({ zone: 'b', app: 'crm' })).toEqual([
      { name: 'app', value: 'crm' },
      { name: 'zone', value: 'b' },
    ]);
  });
});

describe('tellingLabels', () => {
  it('shows at most four and keeps the rest apart', () => {
    const { shown, rest } = tellingLabels(LABELS);
    expect(shown.map(labelText)).toEqual([
      'alertname=HighErrorRate',
      'severity=critical',
      'instance=10.0.3.7:9100',
      'service=checkout',
    ]);
    expect(rest.map(labelText)).toEqual(['job=api', 'region=eu-west-1']);
  });

  it('shows them all when they are few', () => {
    expect(tellingLabels({ service: 'vpn', alertname: 'TunnelDown' })).toEqual({
      shown: [
        { name: 'alertname', value: 'TunnelDown' },
        { name: 'service', value: 'vpn' },
      ],
      rest: [],
    });
    expect(tellingLabels({})).toEqual({ shown: [], rest: [] });
  });
});
