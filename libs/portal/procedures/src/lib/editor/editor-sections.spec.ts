import { problemCounts, sectionOf } from './editor-sections';

describe('editor sections', () => {
  it('finds the panel of a field', () => {
    expect(sectionOf('definition.levels.0.budgetMinutes.S2')).toBe('budgets');
    expect(sectionOf('definition.levels.0.contacts.1.name')).toBe('levels');
    expect(sectionOf('definition.levels')).toBe('levels');
    expect(sectionOf('definition.warningRatio')).toBe('targets');
    expect(sectionOf('definition.services.2')).toBe('lists');
    expect(sectionOf('name')).toBeNull();
  });

  it('counts the problems per panel', () => {
    expect(
      problemCounts({
        'definition.levels.0.budgetMinutes.S2': 'Enter a number',
        'definition.levels.1.budgetMinutes.S1': 'More than 0',
        'definition.rules.0.id': 'lowercase letters, digits and dashes',
        reviewEveryMonths: 'At most 60',
      }),
    ).toEqual({ budgets: 2, levels: 0, targets: 0, matrix: 0, lists: 0, routes: 0, rules: 1, scenarios: 0 });
  });
});
