import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CriticalService, RiskInput, ScenarioGuideline } from '@ladder/contracts';
import { fieldErrorMatcher, type EditProblem } from './register-editing';
import { IMPACT_LABEL, LIKELIHOOD_LABEL, RISK_STATUSES, RISK_STATUS_LABEL } from './register-words';

export interface RiskDialogData {
  heading: string;
  value: RiskInput;
  problem: EditProblem | null;
  services: readonly CriticalService[];
  /** The current procedure's scenario guidelines, which a risk may be linked to. */
  scenarios: readonly Pick<ScenarioGuideline, 'id' | 'name'>[];
}

/** `2026-10-01T00:00:00.000Z` <-> `2026-10-01` for a date input. */
export const toDateInput = (iso: string | null) => iso?.slice(0, 10) ?? '';
export const fromDateInput = (date: string) => (date ? new Date(`${date}T00:00:00Z`).toISOString() : null);

/** Adds or edits a risk; closes with what was typed. */
@Component({
  selector: 'ladder-risk-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.heading }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        @if (data.problem; as p) {
          <p class="problem" role="alert">{{ p.message }}</p>
        }
        <mat-form-field>
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" maxlength="200" [errorStateMatcher]="matchers.title" />
          <mat-error>{{ error('title') ?? 'A title is required' }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Description</mat-label>
          <textarea matInput formControlName="description" rows="2" maxlength="10000"></textarea>
        </mat-form-field>
        <div class="pair">
          <mat-form-field>
            <mat-label>Likelihood</mat-label>
            <mat-select formControlName="likelihood">
              @for (label of likelihoods; track $index) {
                <mat-option [value]="$index + 1">{{ $index + 1 }} · {{ label }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Impact</mat-label>
            <mat-select formControlName="impact">
              @for (label of impacts; track $index) {
                <mat-option [value]="$index + 1">{{ $index + 1 }} · {{ label }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <div class="pair">
          <mat-form-field>
            <mat-label>Critical service</mat-label>
            <mat-select formControlName="serviceId" [errorStateMatcher]="matchers.serviceId">
              <mat-option [value]="null">None</mat-option>
              @for (s of data.services; track s.id) {
                <mat-option [value]="s.id">{{ s.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ error('serviceId') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Scenario guideline</mat-label>
            <mat-select formControlName="scenarioId" [errorStateMatcher]="matchers.scenarioId">
              <mat-option [value]="null">None</mat-option>
              @for (g of data.scenarios; track g.id) {
                <mat-option [value]="g.id">{{ g.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ error('scenarioId') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>Mitigation</mat-label>
          <textarea matInput formControlName="mitigation" rows="2" maxlength="10000"></textarea>
        </mat-form-field>
        <div class="pair">
          <mat-form-field>
            <mat-label>Owner</mat-label>
            <input matInput formControlName="owner" maxlength="200" [errorStateMatcher]="matchers.owner" />
            <mat-error>{{ error('owner') ?? 'An owner is required' }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Status</mat-label>
            <mat-select formControlName="status">
              @for (s of statuses; track s) {
                <mat-option [value]="s">{{ statusLabel[s] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>Last reviewed</mat-label>
          <input matInput type="date" formControlName="reviewedOn" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Save</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './register-dialog.scss',
})
export class RiskDialog {
  protected readonly data = inject<RiskDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RiskDialog, RiskInput>>(MatDialogRef);
  protected readonly likelihoods = LIKELIHOOD_LABEL;
  protected readonly impacts = IMPACT_LABEL;
  protected readonly statuses = RISK_STATUSES;
  protected readonly statusLabel = RISK_STATUS_LABEL;
  private readonly fields = this.data.problem?.fields ?? {};
  protected readonly matchers = {
    title: fieldErrorMatcher(this.fields, 'title'),
    serviceId: fieldErrorMatcher(this.fields, 'serviceId'),
    scenarioId: fieldErrorMatcher(this.fields, 'scenarioId'),
    owner: fieldErrorMatcher(this.fields, 'owner'),
  };
  private readonly value = this.data.value;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: [this.value.title, [Validators.required, Validators.pattern(/\S/)]],
    description: this.value.description,
    likelihood: this.value.likelihood,
    impact: this.value.impact,
    serviceId: this.value.serviceId,
    scenarioId: this.value.scenarioId,
    mitigation: this.value.mitigation,
    owner: [this.value.owner, [Validators.required, Validators.pattern(/\S/)]],
    status: this.value.status,
    reviewedOn: toDateInput(this.value.reviewedAt),
  });

  protected error(path: string): string | null {
    return this.fields[path] ?? null;
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (!this.form.valid) return;
    const { reviewedOn, ...rest } = this.form.getRawValue();
    this.ref.close({ ...rest, reviewedAt: fromDateInput(reviewedOn) });
  }
}
