import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CreateProcessReview, ProcedureVersionSummary } from '@ladder/contracts';
import type { FieldErrors } from '@ladder/portal/core';
import { periodPresets } from '../shared/review-words';
import type { CreateOutcome } from './process-reviews.store';

export interface NewReviewData {
  versions: readonly ProcedureVersionSummary[];
  now: Date;
  create: (body: CreateProcessReview) => Promise<CreateOutcome>;
}

/**
 * Title, period (a preset or two dates) and the procedure versions covered (none: those the period's escalations
 * ran under). Creates the review itself, so a refusal keeps what was typed; closes with the new review's id.
 */
@Component({
  selector: 'ladder-new-review-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>New review</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" maxlength="200" cdkFocusInitial required />
          <mat-error>A title is required</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Period</mat-label>
          <mat-select (selectionChange)="applyPreset($event.value)" [value]="null">
            @for (preset of presets; track preset.label) {
              <mat-option [value]="preset">{{ preset.label }} ({{ preset.from }} to {{ preset.to }})</mat-option>
            }
          </mat-select>
          <mat-hint>Or give the dates below</mat-hint>
        </mat-form-field>
        <div class="dates">
          <mat-form-field>
            <mat-label>From</mat-label>
            <input matInput type="date" formControlName="from" required />
            @if (errors()['from']; as error) {
              <mat-hint class="error">{{ error }}</mat-hint>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>To</mat-label>
            <input matInput type="date" formControlName="to" required />
            @if (errors()['to']; as error) {
              <mat-hint class="error">{{ error }}</mat-hint>
            }
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>Procedure versions</mat-label>
          <mat-select formControlName="procedureVersionIds" multiple>
            @for (version of data.versions; track version.id) {
              <mat-option [value]="version.id">Version {{ version.version }}: {{ version.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>None chosen: those the period's escalations ran under</mat-hint>
        </mat-form-field>
        @if (message()) {
          <p class="error" role="alert">{{ message() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Create review</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      width: min(560px, 80vw);
    }
    .dates {
      display: flex;
      gap: 12px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class NewReviewDialog {
  protected readonly data = inject<NewReviewData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NewReviewDialog, string>>(MatDialogRef);
  protected readonly presets = periodPresets(this.data.now);
  protected readonly errors = signal<FieldErrors>({});
  protected readonly message = signal('');
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    from: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    to: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    procedureVersionIds: new FormControl<string[]>([], { nonNullable: true }),
  });

  protected applyPreset(preset: { from: string; to: string }): void {
    this.form.patchValue({ from: preset.from, to: preset.to });
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { title, from, to, procedureVersionIds } = this.form.getRawValue();
    this.saving.set(true);
    const outcome = await this.data.create({ title: title.trim(), from, to, procedureVersionIds });
    this.saving.set(false);
    if ('id' in outcome) {
      this.ref.close(outcome.id);
      return;
    }
    this.errors.set(outcome.fieldErrors);
    this.message.set(outcome.message);
  }
}
