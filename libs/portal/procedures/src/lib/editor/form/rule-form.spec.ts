import { ruleForm, ruleFromForm } from './rule-form';

describe('rule form', () => {
  it('starts a new rule without conditions, escalating to a level still to choose', () => {
    const form = ruleForm({ id: 'rule-2' });
    expect(ruleFromForm(form.getRawValue())).toStrictEqual({
      id: 'rule-2',
      name: '',
      when: {},
      then: { action: 'escalate', toLevel: null },
    });
  });

  it('saves only the fields of the action chosen last', () => {
    const form = ruleForm({ id: 'r', name: 'R', when: { level: [1] }, then: { action: 'escalate', toLevel: 3 } });
    form.controls.then.patchValue({ action: 'notify', contact: 'Duty manager' });
    expect(ruleFromForm(form.getRawValue()).then).toStrictEqual({ action: 'notify', contact: 'Duty manager' });
    form.controls.then.patchValue({ level: 2 });
    expect(ruleFromForm(form.getRawValue()).then).toStrictEqual({
      action: 'notify',
      contact: 'Duty manager',
      level: 2,
    });
    form.controls.then.patchValue({ action: 'raise-severity' });
    expect(ruleFromForm(form.getRawValue()).then).toStrictEqual({ action: 'raise-severity', to: 'S1' });
  });

  it('leaves out conditions that were cleared or unticked', () => {
    const form = ruleForm({
      id: 'r',
      name: 'R',
      when: { severity: ['S1'], minutesAtLevel: 30, reopened: true, category: ['network'] },
      then: { action: 'escalate', toLevel: 2 },
    });
    form.controls.when.patchValue({ severity: [], minutesAtLevel: null, reopened: false });
    expect(ruleFromForm(form.getRawValue()).when).toStrictEqual({ category: ['network'] });
  });

  it('keeps the alert count as given, drops it once both fields are cleared, and keeps a half-filled one to report', () => {
    const form = ruleForm({
      id: 'storm',
      name: 'Alert storm',
      when: { alertsForService: { moreThan: 5, withinMinutes: 10 } },
      then: { action: 'raise-severity', to: 'S2' },
    });
    expect(ruleFromForm(form.getRawValue()).when).toStrictEqual({
      alertsForService: { moreThan: 5, withinMinutes: 10 },
    });
    const count = form.controls.when.controls.alertsForService;
    count.patchValue({ withinMinutes: null });
    expect(ruleFromForm(form.getRawValue()).when).toStrictEqual({
      alertsForService: { moreThan: 5, withinMinutes: null },
    });
    count.patchValue({ moreThan: null });
    expect(ruleFromForm(form.getRawValue()).when).toStrictEqual({});
  });
});
