import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

export interface TextPromptData {
  title: string;
  /** What the text is for, in a sentence above the field. */
  explanation?: string;
  label: string;
  submitLabel: string;
  /** What the user typed before, offered again. */
  initial?: string;
}

/** Asks for one required text (a reason, a summary, a comment); closes with it trimmed, or undefined on cancel. */
@Component({
  selector: 'ladder-text-prompt-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (data.explanation) {
          <p>{{ data.explanation }}</p>
        }
        <mat-form-field class="full">
          <mat-label>{{ data.label }}</mat-label>
          <textarea matInput formControlName="text" rows="5" cdkFocusInitial required></textarea>
          <mat-error>Required</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="text.invalid">{{ data.submitLabel }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: min(560px, 80vw);
    }
  `,
})
export class TextPromptDialog {
  protected readonly data = inject<TextPromptData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<TextPromptDialog, string>>(MatDialogRef);
  protected readonly text = new FormControl(this.data.initial ?? '', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/)],
  });
  /** The form directive is what turns a submit into ngSubmit instead of a page load. */
  protected readonly form = new FormGroup({ text: this.text });

  protected submit(): void {
    this.text.markAsTouched();
    if (this.text.valid) this.ref.close(this.text.value.trim());
  }
}
