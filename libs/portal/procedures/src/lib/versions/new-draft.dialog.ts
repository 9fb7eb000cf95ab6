import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CreateProcedureDraft, ProcedureStatus } from '@ladder/contracts';
import { STATUS_LABELS, versionLabel } from '../shared/procedure-words';

export interface NewDraftSource {
  id: string;
  version: number;
  name: string;
  status: ProcedureStatus;
}

export interface NewDraftData {
  /** Versions to copy from, newest first. */
  sources: readonly NewDraftSource[];
  /** Preselected: the current version. */
  currentId: string | null;
}

/** Names a new draft and picks the version it starts as a copy of; closes with the request body. */
@Component({
  selector: 'ladder-new-draft-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>New draft</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>Name of the draft</mat-label>
          <input matInput formControlName="name" maxlength="200" cdkFocusInitial required />
          <mat-hint>What the revision is about, e.g. "Faster L2 hand-offs"</mat-hint>
          <mat-error>A name is required</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Based on</mat-label>
          <mat-select formControlName="basedOnId">
            @for (source of data.sources; track source.id) {
              <mat-option [value]="source.id">
                {{ label(source) }}{{ source.id === data.currentId ? ' (current)' : ' (' + statusOf(source) + ')' }}
              </mat-option>
            }
          </mat-select>
          <mat-hint>The draft starts as a copy of this version</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Create draft</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      width: min(520px, 80vw);
    }
  `,
})
export class NewDraftDialog {
  protected readonly data = inject<NewDraftData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NewDraftDialog, CreateProcedureDraft>>(MatDialogRef);
  protected readonly label = versionLabel;
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    basedOnId: new FormControl(this.data.currentId ?? this.data.sources[0]?.id ?? null),
  });

  protected statusOf(source: NewDraftSource): string {
    return STATUS_LABELS[source.status].toLowerCase();
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { name, basedOnId } = this.form.getRawValue();
    this.ref.close({ name: name.trim(), ...(basedOnId ? { basedOnId } : {}) });
  }
}
