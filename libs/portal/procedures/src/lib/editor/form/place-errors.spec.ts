import { richDraft } from '../editor.fixture';
import { placeErrors } from './place-errors';
import { procedureForm } from './procedure-form';

describe('placeErrors', () => {
  const form = procedureForm(richDraft());

  it('puts a message at the control its path names', () => {
    expect(placeErrors(form, { 'definition.levels.0.budgetMinutes.S2': 'Enter a number', name: 'Required' })).toEqual({
      fields: { 'definition.levels.0.budgetMinutes.S2': 'Enter a number', name: 'Required' },
      general: [],
    });
  });

  it('puts a message about one element of a multiple choice at the choice', () => {
    expect(placeErrors(form, { 'definition.levels.1.teamIds.0': 'no team x' }).fields).toEqual({
      'definition.levels.1.teamIds': 'no team x',
    });
  });

  it('lists messages about a whole list, or about nothing the form has, apart', () => {
    expect(
      placeErrors(form, {
        'definition.severities': 'each severity S1-S4 needs exactly one target',
        'definition.rules.1': 'Invalid input',
        '': 'The draft could not be saved',
      }),
    ).toEqual({
      fields: {},
      general: [
        'Severity targets: each severity S1-S4 needs exactly one target',
        'Trigger rules, row 2: Invalid input',
        'The draft could not be saved',
      ],
    });
  });
});
