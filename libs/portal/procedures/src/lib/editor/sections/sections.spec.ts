import { TestBed } from '@angular/core/testing';
import { editorOptions } from '../editor-options';
import { richDraft, TEAM_DESK } from '../editor.fixture';
import { procedureForm } from '../form/procedure-form';
import { levelFromForm } from '../form/level-form';
import { ruleFromForm } from '../form/rule-form';
import { LevelsSectionComponent } from './levels-section.component';
import { RulesComponent } from './rules.component';

function setUp() {
  const form = procedureForm(richDraft());
  const options = editorOptions(form.getRawValue(), [{ id: TEAM_DESK, name: 'Desk', level: 1, capacity: 4 }], []);
  const click = (el: HTMLElement, label: string) => {
    const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no button ${label}`);
    button.click();
  };
  return { form, options, click };
}

describe('editor sections', () => {
  it('adds a level above the last, starting from its budgets', () => {
    const { form, options, click } = setUp();
    const fixture = TestBed.createComponent(LevelsSectionComponent);
    const levels = form.controls.definition.controls.levels;
    fixture.componentRef.setInput('levels', levels);
    fixture.componentRef.setInput('options', options);
    fixture.detectChanges();
    click(fixture.nativeElement as HTMLElement, 'Add a level');
    expect(levelFromForm(levels.at(2).getRawValue())).toStrictEqual({
      level: 3,
      name: '',
      teamIds: [],
      defaultTeamId: '',
      budgetMinutes: { S1: 30, S2: 120, S3: 480, S4: 960 },
      runbook: '',
      contacts: [],
    });
  });

  it('adds a rule with the first free id and shows only the chosen action’s fields', () => {
    const { form, options, click } = setUp();
    const fixture = TestBed.createComponent(RulesComponent);
    const rules = form.controls.definition.controls.rules;
    fixture.componentRef.setInput('rules', rules);
    fixture.componentRef.setInput('options', options);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    click(el, 'Add a rule');
    fixture.detectChanges();
    expect(ruleFromForm(rules.at(4).getRawValue())).toStrictEqual({
      id: 'rule-1',
      name: '',
      when: {},
      then: { action: 'escalate', toLevel: null },
    });
    const labels = (index: number) =>
      Array.from(el.querySelectorAll('fieldset')[index]?.querySelectorAll('mat-label') ?? []).map((l) =>
        l.textContent?.trim(),
      );
    expect(labels(4).slice(-2)).toEqual(['Rule 5 action', 'To level']);
    expect(labels(2).slice(-3)).toEqual(['Rule 3 action', 'Contact', 'Of level']);
  });

  it('shows a rule’s alert count in its two fields and reads back what is typed', () => {
    const { form, options } = setUp();
    const fixture = TestBed.createComponent(RulesComponent);
    const rules = form.controls.definition.controls.rules;
    fixture.componentRef.setInput('rules', rules);
    fixture.componentRef.setInput('options', options);
    fixture.detectChanges();
    const rule = (fixture.nativeElement as HTMLElement).querySelectorAll('fieldset')[1];
    const field = (name: string) => rule?.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    expect([field('moreThan')?.value, field('withinMinutes')?.value]).toEqual(['5', '10']);
    const within = field('withinMinutes');
    if (!within) throw new Error('no minutes field');
    within.value = '15';
    within.dispatchEvent(new Event('input'));
    expect(ruleFromForm(rules.at(1).getRawValue()).when.alertsForService).toStrictEqual({
      moreThan: 5,
      withinMinutes: 15,
    });
  });
});
