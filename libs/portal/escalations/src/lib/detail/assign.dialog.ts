import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { User } from '@ladder/contracts';

export interface AssignData {
  users: readonly User[];
  assigneeId: string | null;
}

export interface AssignChoice {
  assigneeId: string | null;
}

@Component({
  selector: 'ladder-assign-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Assign</h2>
    <mat-dialog-content>
      <mat-form-field class="full">
        <mat-label>Assignee</mat-label>
        <mat-select [formControl]="assignee">
          <mat-option [value]="null">Unassigned</mat-option>
          @for (u of data.users; track u.id) {
            <mat-option [value]="u.id">{{ u.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" (click)="submit()">Assign</button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: min(420px, 80vw);
    }
  `,
})
export class AssignDialog {
  protected readonly data = inject<AssignData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AssignDialog, AssignChoice>>(MatDialogRef);
  protected readonly assignee = new FormControl<string | null>(this.data.assigneeId);

  protected submit(): void {
    this.ref.close({ assigneeId: this.assignee.value });
  }
}
