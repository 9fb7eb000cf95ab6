import type { Integration } from '@ladder/contracts';
import {
  choicesFor,
  emptyRule,
  formErrorsOf,
  formFieldOf,
  fromIntegrationForm,
  newIntegrationForm,
  toIntegrationForm,
  type IntegrationForm,
  type RuleForm,
} from './integration-form';

const NETWORK_TEAM = '0b9f8c1e-6f0e-4d3a-9d57-2c1a7e5b4f10';

const integration: Integration = {
  id: '5a7c3e2d-1b4f-4c8a-9e6d-0f1a2b3c4d5e',
  name: 'Production Alertmanager',
  kind: 'alertmanager',
  enabled: true,
  proposeResolution: false,
  routing: {
    defaults: { category: 'software', affectedService: 'Payroll', impact: 'medium', urgency: 'low' },
    serviceLabel: 'app',
    rules: [
      {
        match: { severity: ['critical', 'page'], 'k8s.namespace': ['payments'] },
        set: { impact: 'high', urgency: 'high' },
      },
      { match: { team: ['network'] }, set: { category: 'network', teamId: NETWORK_TEAM } },
    ],
  },
  endpoint: '/api/intake/alertmanager',
  createdAt: '2026-11-20T08:00:00.000Z',
  lastReceivedAt: null,
  notificationsReceived: 0,
  openEscalations: 0,
  version: 2,
};

const unset = { category: '', affectedService: '', teamId: '', impact: '', urgency: '' } as const;

const form: IntegrationForm = {
  name: 'Production Alertmanager',
  kind: 'alertmanager',
  proposeResolution: false,
  defaults: { category: 'software', affectedService: 'Payroll', impact: 'medium', urgency: 'low' },
  serviceLabel: 'app',
  rules: [
    {
      match: [
        { label: 'severity', values: 'critical, page' },
        { label: 'k8s.namespace', values: 'payments' },
      ],
      set: { ...unset, impact: 'high', urgency: 'high' },
    },
    { match: [{ label: 'team', values: 'network' }], set: { ...unset, category: 'network', teamId: NETWORK_TEAM } },
  ],
};

describe('integration form', () => {
  it('writes each rule as rows of label = values, and reads it back to the same routing', () => {
    expect(toIntegrationForm(integration)).toEqual(form);
    const { name, kind, proposeResolution, routing } = integration;
    expect(fromIntegrationForm(form)).toEqual({ value: { name, kind, proposeResolution, routing } });
  });

  it('starts a new integration with the procedure first category and service, medium impact and urgency', () => {
    expect(newIntegrationForm(['hardware', 'software'], ['Wi-Fi', 'Payroll'])).toEqual({
      name: '',
      kind: 'alertmanager',
      proposeResolution: true,
      defaults: { category: 'hardware', affectedService: 'Wi-Fi', impact: 'medium', urgency: 'medium' },
      serviceLabel: 'service',
      rules: [],
    });
  });

  it('trims names and values, drops empty and repeated values, and skips blank rows', () => {
    const loose: IntegrationForm = {
      ...form,
      name: '  Grafana Cloud ',
      serviceLabel: ' service ',
      rules: [
        {
          match: [
            { label: ' env ', values: 'prod,, prod , staging,' },
            { label: '', values: ' ' },
          ],
          set: { ...unset, urgency: 'high' },
        },
      ],
    };
    expect(fromIntegrationForm(loose)).toEqual({
      value: {
        name: 'Grafana Cloud',
        kind: 'alertmanager',
        proposeResolution: false,
        routing: {
          defaults: form.defaults,
          serviceLabel: 'service',
          rules: [{ match: { env: ['prod', 'staging'] }, set: { urgency: 'high' } }],
        },
      },
    });
  });

  it('says which row of which rule is wrong', () => {
    const wrong: IntegrationForm = {
      ...form,
      name: ' ',
      defaults: { ...form.defaults, category: '' },
      rules: [
        {
          match: [
            { label: '1st', values: 'x' },
            { label: 'env', values: '' },
            { label: '', values: 'prod' },
            { label: 'team', values: 'a' },
            { label: 'team', values: 'b' },
          ],
          set: { ...unset, impact: 'high' },
        },
      ],
    };
    expect(fromIntegrationForm(wrong)).toEqual({
      errors: {
        name: 'Give the integration a name',
        'defaults.category': 'Choose a category',
        'rules.0.match.0.label': 'letters, digits, _ . and -, not starting with a digit',
        'rules.0.match.1.values': 'Give at least one value',
        'rules.0.match.2.label': 'Name the label',
        'rules.0.match.4.label': '"team" is already in this rule: list all its values in one row',
      },
    });
  });

  it('says when a rule matches nothing or sets nothing', () => {
    expect(fromIntegrationForm({ ...form, rules: [form.rules[0] as RuleForm, emptyRule()] })).toEqual({
      errors: {
        'rules.1.match': 'Match at least one label: name it and list its values',
        'rules.1.set': 'Set at least one field, or the rule changes nothing',
      },
    });
  });

  it("leaves the rest to the contract's own checks: the service label's form, the length of a value", () => {
    const rule = { ...emptyRule(), match: [{ label: 'host', values: 'x'.repeat(201) }] };
    expect(
      fromIntegrationForm({ ...form, serviceLabel: '9lives', rules: [{ ...rule, set: { ...unset, urgency: 'low' } }] }),
    ).toEqual({
      errors: {
        serviceLabel: 'letters, digits, _ . and -, not starting with a digit',
        'rules.0.match.0.values': 'Too big: expected string to have <=200 characters',
      },
    });
  });

  it("puts the API's errors next to the fields they name, finding a label's row by its name", () => {
    expect(formFieldOf('name', form)).toBe('name');
    expect(formFieldOf('routing.defaults.affectedService', form)).toBe('defaults.affectedService');
    expect(formFieldOf('routing.serviceLabel', form)).toBe('serviceLabel');
    expect(formFieldOf('routing.rules', form)).toBe('rules');
    expect(formFieldOf('routing.rules.1.set.teamId', form)).toBe('rules.1.set.teamId');
    expect(formFieldOf('routing.rules.1.set', form)).toBe('rules.1.set');
    expect(formFieldOf('routing.rules.0.match', form)).toBe('rules.0.match');
    expect(formFieldOf('routing.rules.0.match.k8s.namespace', form)).toBe('rules.0.match.1.label');
    expect(formFieldOf('routing.rules.0.match.severity.1', form)).toBe('rules.0.match.0.values');
    expect(formFieldOf('routing.rules.0.match.gone.0', form)).toBe('rules.0.match');
    expect(formFieldOf('routing.rules.7.set', form)).toBe('form');
    expect(formFieldOf('version', form)).toBe('form');
    expect(formFieldOf('(root)', form)).toBe('form');
    expect(
      formErrorsOf(
        { 'routing.rules.0.match.severity.0': 'too long', 'routing.rules.0.match.severity.1': 'empty' },
        form,
      ),
    ).toEqual({ 'rules.0.match.0.values': 'too long' });
  });

  it('offers the procedure choices, plus any the integration uses that the procedure no longer lists', () => {
    expect(choicesFor(['software', 'hardware'], form, 'category')).toEqual(['software', 'hardware', 'network']);
    expect(choicesFor(['Payroll', 'Wi-Fi'], form, 'affectedService')).toEqual(['Payroll', 'Wi-Fi']);
  });
});
