import { scenarioForm, scenarioFromForm } from './scenario-form';

describe('scenario form', () => {
  it('starts a new guideline with only its id, matching nothing yet', () => {
    expect(scenarioFromForm(scenarioForm({ id: 'scenario-1' }).getRawValue())).toStrictEqual({
      id: 'scenario-1',
      name: '',
      extraContacts: [],
      notes: '',
    });
  });

  it('leaves out "any" category, "as usual" entry level and "as assessed" severity', () => {
    const form = scenarioForm({
      id: 'a',
      name: 'A',
      category: 'network',
      affectedService: 'Payroll',
      entryLevel: 2,
      minimumSeverity: 'S1',
      extraContacts: [],
      notes: 'n',
    });
    form.patchValue({ category: '', entryLevel: null, minimumSeverity: null });
    expect(scenarioFromForm(form.getRawValue())).toStrictEqual({
      id: 'a',
      name: 'A',
      affectedService: 'Payroll',
      extraContacts: [],
      notes: 'n',
    });
  });
});
