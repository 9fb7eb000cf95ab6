import { FormArray, FormGroup, type FormControl } from '@angular/forms';
import { SeveritySchema, type Level, type Severity } from '@ladder/contracts';
import { contactForm, contactFromForm, type ContactForm } from './contact-form';
import { listControl, numberControl, textControl, type Loose } from './controls';

export type BudgetForm = FormGroup<Record<Severity, FormControl<number | null>>>;

export type LevelForm = FormGroup<{
  level: FormControl<number | null>;
  name: FormControl<string>;
  teamIds: FormControl<string[]>;
  defaultTeamId: FormControl<string>;
  budgetMinutes: BudgetForm;
  runbook: FormControl<string>;
  contacts: FormArray<ContactForm>;
}>;
export type LevelFormValue = ReturnType<LevelForm['getRawValue']>;

function budgetForm(budgets: Partial<Record<Severity, number>>): BudgetForm {
  const controls = Object.fromEntries(SeveritySchema.options.map((s) => [s, numberControl(budgets[s])]));
  return new FormGroup(controls as Record<Severity, FormControl<number | null>>);
}

/** A level as the form edits it; a new level (only its number given) starts without teams or budgets. */
export function levelForm(level: Level | { level: number }): LevelForm {
  const given: Partial<Level> = level;
  return new FormGroup({
    level: numberControl(level.level),
    name: textControl(given.name),
    teamIds: listControl(given.teamIds),
    defaultTeamId: textControl(given.defaultTeamId),
    budgetMinutes: budgetForm(given.budgetMinutes ?? {}),
    runbook: textControl(given.runbook),
    contacts: new FormArray((given.contacts ?? []).map((c) => contactForm(c))),
  });
}

export function levelFromForm(value: LevelFormValue): Loose<Level> {
  return { ...value, contacts: value.contacts.map(contactFromForm) };
}
