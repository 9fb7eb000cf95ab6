import { FormArray, FormControl, FormGroup } from '@angular/forms';
import type { ScenarioGuideline, Severity } from '@ladder/contracts';
import { contactForm, contactFromForm, type ContactForm } from './contact-form';
import { numberControl, optionalNumber, optionalText, textControl, withoutUndefined, type Loose } from './controls';

export type ScenarioForm = FormGroup<{
  id: FormControl<string>;
  name: FormControl<string>;
  /** Empty: any category (or service). */
  category: FormControl<string>;
  affectedService: FormControl<string>;
  entryLevel: FormControl<number | null>;
  minimumSeverity: FormControl<Severity | null>;
  extraContacts: FormArray<ContactForm>;
  notes: FormControl<string>;
}>;
export type ScenarioFormValue = ReturnType<ScenarioForm['getRawValue']>;

/** A scenario guideline as the form edits it; a new one (only its id given) matches nothing yet. */
export function scenarioForm(scenario: ScenarioGuideline | { id: string }): ScenarioForm {
  const given: Partial<ScenarioGuideline> = scenario;
  return new FormGroup({
    id: textControl(scenario.id),
    name: textControl(given.name),
    category: textControl(given.category),
    affectedService: textControl(given.affectedService),
    entryLevel: numberControl(given.entryLevel),
    minimumSeverity: new FormControl<Severity | null>(given.minimumSeverity ?? null),
    extraContacts: new FormArray((given.extraContacts ?? []).map((c) => contactForm(c))),
    notes: textControl(given.notes),
  });
}

export function scenarioFromForm(value: ScenarioFormValue): Loose<ScenarioGuideline> {
  return withoutUndefined({
    id: value.id,
    name: value.name,
    category: optionalText(value.category),
    affectedService: optionalText(value.affectedService),
    entryLevel: optionalNumber(value.entryLevel),
    minimumSeverity: value.minimumSeverity ?? undefined,
    extraContacts: value.extraContacts.map(contactFromForm),
    notes: value.notes,
  });
}
