import { richDraft, TEAM_NETWORK } from '../editor.fixture';
import { checkDraft } from './draft-errors';
import { draftFromForm, procedureForm } from './procedure-form';

function formOf() {
  return procedureForm(richDraft());
}

function errorsOf(form: ReturnType<typeof formOf>) {
  const checked = checkDraft(draftFromForm(form.getRawValue()));
  return checked.ok ? {} : checked.errors;
}

describe('checkDraft', () => {
  it('accepts the draft as loaded and gives the body to send', () => {
    const version = richDraft();
    const checked = checkDraft(draftFromForm(procedureForm(version).getRawValue()));
    expect(checked).toStrictEqual({
      ok: true,
      draft: {
        name: 'Faster hand-offs',
        changeNote: 'Lower the L1 budgets',
        reviewEveryMonths: 6,
        definition: version.definition,
      },
    });
  });

  it('says in words what is wrong with each field', () => {
    const form = formOf();
    form.get('definition.levels.0.budgetMinutes.S2')?.setValue(null);
    form.get('definition.levels.0.budgetMinutes.S3')?.setValue(0);
    form.get('definition.warningRatio')?.setValue(1);
    form.get('definition.rules.0.id')?.setValue('Stuck L1');
    form.controls.name.setValue('  ');
    form.controls.reviewEveryMonths.setValue(61);
    expect(errorsOf(form)).toStrictEqual({
      name: 'Required',
      reviewEveryMonths: 'At most 60',
      'definition.levels.0.budgetMinutes.S2': 'Enter a number',
      'definition.levels.0.budgetMinutes.S3': 'More than 0',
      'definition.warningRatio': 'Less than 1',
      'definition.rules.0.id': 'lowercase letters, digits and dashes',
    });
  });

  it('asks for both numbers of an alert count, within the contract’s bounds', () => {
    const form = formOf();
    form.get('definition.rules.1.when.alertsForService.withinMinutes')?.setValue(null);
    form.get('definition.rules.1.when.alertsForService.moreThan')?.setValue(0);
    expect(errorsOf(form)).toStrictEqual({
      'definition.rules.1.when.alertsForService.moreThan': 'At least 1',
      'definition.rules.1.when.alertsForService.withinMinutes': 'Enter a number',
    });
    form.get('definition.rules.1.when.alertsForService')?.setValue({ moreThan: 5, withinMinutes: 1441 });
    expect(errorsOf(form)).toStrictEqual({
      'definition.rules.1.when.alertsForService.withinMinutes': 'At most 1440',
    });
  });

  it('reports the checks across fields', () => {
    const form = formOf();
    form.get('definition.levels.0.defaultTeamId')?.setValue(TEAM_NETWORK);
    form.get('definition.rules.0.when.level')?.setValue([2]);
    form.get('definition.scenarios.1.category')?.setValue('printers');
    expect(errorsOf(form)).toStrictEqual({
      'definition.levels.0.defaultTeamId': 'the default team must be one of the teamIds',
      'definition.rules.0.then.toLevel': 'escalates to level 2, which is not above level 2 where the rule applies',
      'definition.scenarios.1.category': '"printers" is not one of the categories',
    });
  });

  it('asks for a team when a level has none, and for a default among them', () => {
    const form = formOf();
    form.get('definition.levels.1.teamIds')?.setValue([]);
    expect(errorsOf(form)).toStrictEqual({
      'definition.levels.1.teamIds': 'Choose or add at least one',
      'definition.levels.1.defaultTeamId': 'the default team must be one of the teamIds',
    });
  });
});
