import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { SeveritySchema, type CriticalServiceInput, type Team } from '@ladder/contracts';
import { fieldErrorMatcher, type EditProblem } from './register-editing';
import { CRITICALITIES, CRITICALITY_LABEL } from './register-words';

export interface ServiceDialogData {
  heading: string;
  value: CriticalServiceInput;
  problem: EditProblem | null;
  /** The current procedure's services: an entry names one of them. */
  services: readonly string[];
  teams: readonly Team[];
}

/** Adds or edits a critical-service entry; closes with what was typed. */
@Component({
  selector: 'ladder-service-dialog',
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
          <mat-label>Service</mat-label>
          <mat-select formControlName="name" [errorStateMatcher]="matchers.name">
            @for (s of data.services; track s) {
              <mat-option [value]="s">{{ s }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error('name') ?? 'Choose a service of the procedure' }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Criticality</mat-label>
          <mat-select formControlName="criticality">
            @for (c of criticalities; track c) {
              <mat-option [value]="c">{{ criticalityLabel[c] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Default severity</mat-label>
          <mat-select formControlName="defaultSeverity">
            @for (s of severities; track s) {
              <mat-option [value]="s">{{ s }}</mat-option>
            }
          </mat-select>
          <mat-hint>New escalations for this service are at least this severe</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Owning team</mat-label>
          <mat-select formControlName="owningTeamId" [errorStateMatcher]="matchers.owningTeamId">
            <mat-option [value]="null">No team</mat-option>
            @for (t of data.teams; track t.id) {
              <mat-option [value]="t.id">{{ t.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error('owningTeamId') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Description</mat-label>
          <textarea matInput formControlName="description" rows="3" maxlength="10000"></textarea>
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
export class ServiceDialog {
  protected readonly data = inject<ServiceDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ServiceDialog, CriticalServiceInput>>(MatDialogRef);
  protected readonly criticalities = CRITICALITIES;
  protected readonly criticalityLabel = CRITICALITY_LABEL;
  protected readonly severities = SeveritySchema.options;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.data.value.name, Validators.required],
    criticality: this.data.value.criticality,
    defaultSeverity: this.data.value.defaultSeverity,
    owningTeamId: this.data.value.owningTeamId,
    description: this.data.value.description,
  });

  private readonly fields = this.data.problem?.fields ?? {};
  protected readonly matchers = {
    name: fieldErrorMatcher(this.fields, 'name'),
    owningTeamId: fieldErrorMatcher(this.fields, 'owningTeamId'),
  };

  protected error(path: string): string | null {
    return this.fields[path] ?? null;
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.valid) this.ref.close(this.form.getRawValue());
  }
}
