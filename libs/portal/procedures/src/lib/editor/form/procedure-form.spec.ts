import { richDraft } from '../editor.fixture';
import { draftFromForm, procedureForm, routeForm } from './procedure-form';

describe('procedure form', () => {
  it('gives back the definition it was filled from, unchanged', () => {
    const version = richDraft();
    const form = procedureForm(version);
    expect(draftFromForm(form.getRawValue())).toStrictEqual({
      name: 'Faster hand-offs',
      changeNote: 'Lower the L1 budgets',
      reviewEveryMonths: 6,
      definition: version.definition,
    });
  });

  it('names its controls as the request body names its fields', () => {
    const form = procedureForm(richDraft());
    expect(form.get('definition.levels.0.budgetMinutes.S2')?.value).toBe(60);
    expect(form.get('definition.matrix.medium.high')?.value).toBe('S2');
    expect(form.get('definition.rules.2.then.contact')?.value).toBe('NOC phone');
    expect(form.get('definition.scenarios.0.extraContacts.0.address')?.value).toBe('hr@example.com');
  });

  it('reads an emptied number as null and an edited one as typed', () => {
    const form = procedureForm(richDraft());
    form.get('definition.levels.0.budgetMinutes.S2')?.setValue(45);
    form.get('definition.levels.0.budgetMinutes.S3')?.setValue(null);
    form.controls.reviewEveryMonths.setValue(null);
    const candidate = draftFromForm(form.getRawValue());
    expect(candidate.definition.levels[0]?.budgetMinutes).toEqual({ S1: 15, S2: 45, S3: null, S4: 480 });
    expect(candidate.reviewEveryMonths).toBeNull();
  });

  it('starts a new route empty', () => {
    expect(routeForm().getRawValue()).toEqual({ level: null, category: '', teamId: '' });
  });
});
