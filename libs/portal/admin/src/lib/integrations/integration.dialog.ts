import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  ImpactSchema,
  IntegrationKindSchema,
  UrgencySchema,
  type AlertRoute,
  type CreateIntegration,
  type Integration,
  type Team,
} from '@ladder/contracts';
import { KIND_LABEL } from './intake-snippets';
import {
  choicesFor,
  emptyLabelMatch,
  emptyRule,
  formErrorsOf,
  fromIntegrationForm,
  type IntegrationForm,
  type IntegrationFormErrors,
} from './integration-form';
import { integrationFormGroup, labelMatchGroup, ruleGroup } from './integration-form-group';
import type { SaveOutcome } from './integrations.store';

export interface IntegrationDialogData {
  /** The integration edited; null for a new one. */
  integration: Integration | null;
  form: IntegrationForm;
  /** The current procedure's categories and services, and the teams, for the routing. */
  categories: readonly string[];
  services: readonly string[];
  teams: readonly Team[];
  save: (value: CreateIntegration) => Promise<SaveOutcome<Integration>>;
}

/**
 * Creates or edits an integration and its routing. It stays open until the save goes through, showing the contract's
 * and the API's errors next to the fields; closes with what the API saved.
 */
interface RuleTarget {
  control: keyof AlertRoute;
  label: string;
  /** The empty choice's words. */
  unset: string;
  options: readonly { value: string; label: string }[];
}

const NOT_SET = 'Not set by this rule';
const same = (value: string) => ({ value, label: value });

@Component({
  selector: 'ladder-integration-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './integration.dialog.html',
  styleUrl: './integration.dialog.scss',
})
export class IntegrationDialog {
  protected readonly data = inject<IntegrationDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<IntegrationDialog, Integration>>(MatDialogRef);
  protected readonly kinds = IntegrationKindSchema.options;
  protected readonly kindLabel = KIND_LABEL;
  protected readonly impacts = ImpactSchema.options;
  protected readonly urgencies = UrgencySchema.options;
  protected readonly categories = choicesFor(this.data.categories, this.data.form, 'category');
  protected readonly services = choicesFor(this.data.services, this.data.form, 'affectedService');
  /** What a routing rule can set, each a select whose empty choice leaves it to later rules or the defaults. */
  protected readonly ruleTargets: readonly RuleTarget[] = [
    { control: 'category', label: 'Category', unset: NOT_SET, options: this.categories.map(same) },
    { control: 'affectedService', label: 'Affected service', unset: NOT_SET, options: this.services.map(same) },
    {
      control: 'teamId',
      label: 'Team',
      unset: "Procedure's route",
      options: this.data.teams.map((t) => ({ value: t.id, label: t.name })),
    },
    { control: 'impact', label: 'Impact', unset: NOT_SET, options: this.impacts.map(same) },
    { control: 'urgency', label: 'Urgency', unset: NOT_SET, options: this.urgencies.map(same) },
  ];
  /** The defaults are the same choices but the team, which only a rule can set, and have no empty choice. */
  protected readonly defaultTargets = this.ruleTargets.filter((target) => target.control !== 'teamId');
  protected readonly form = integrationFormGroup(this.data.form);
  protected readonly rules = this.form.controls.rules;
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly errors = signal<IntegrationFormErrors>({});

  protected addRule(): void {
    this.rules.push(ruleGroup(emptyRule()));
    this.errors.set({});
  }

  protected removeRule(index: number): void {
    this.rules.removeAt(index);
    this.errors.set({});
  }

  /** Rules apply in order, so moving one changes which wins. */
  protected moveRule(index: number, by: -1 | 1): void {
    const rule = this.rules.at(index);
    this.rules.removeAt(index);
    this.rules.insert(index + by, rule);
    this.errors.set({});
  }

  protected addCondition(rule: number): void {
    this.rules.at(rule).controls.match.push(labelMatchGroup(emptyLabelMatch()));
  }

  protected removeCondition(rule: number, condition: number): void {
    this.rules.at(rule).controls.match.removeAt(condition);
    this.errors.set({});
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.problem.set(null);
    const form: IntegrationForm = this.form.getRawValue();
    const checked = fromIntegrationForm(form);
    if ('errors' in checked) return this.show(checked.errors);
    this.saving.set(true);
    try {
      const outcome = await this.data.save(checked.value);
      if (outcome.saved) return this.ref.close(outcome.integration);
      const { message, conflict } = outcome.problem;
      // What was typed stays: saving again applies it to the version just reloaded.
      this.problem.set(
        conflict ? `${message} Save again to apply your changes over theirs, or cancel to keep theirs.` : message,
      );
      this.show(formErrorsOf(outcome.problem.fieldErrors, form));
    } finally {
      this.saving.set(false);
    }
  }

  /** Marks the fields named; messages about a whole rule, the rules or the form show as text. */
  private show(errors: IntegrationFormErrors): void {
    this.errors.set(errors);
    for (const [path, message] of Object.entries(errors)) {
      const control = path === 'form' ? null : this.form.get(path);
      if (control && !('controls' in control)) {
        control.setErrors({ server: message });
        control.markAsTouched();
      }
    }
    if (errors['form']) this.problem.update((problem) => [problem, errors['form']].filter(Boolean).join(' '));
    else this.problem.update((problem) => problem ?? 'Some fields need attention: see the messages below.');
  }

  protected errorOf(path: string): string {
    return this.errors()[path] ?? '';
  }
}
