import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { EscalationStore } from './escalation.store';
import type { ClockView } from './sla-clock-view';

/** Writes a public update for the stakeholders, next to when the next one is due. */
@Component({
  selector: 'ladder-stakeholder-update-composer',
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (cadence(); as c) {
      <p class="next" [class]="'next tone-' + c.tone" data-testid="next-update">
        Next update: <strong>{{ c.countdown ?? c.status }}</strong> · due
        <time [attr.datetime]="c.dueAt">{{ c.dueAt | date: 'MMM d, HH:mm' }}</time>
      </p>
    }
    <form [formGroup]="form" (ngSubmit)="post()">
      <mat-form-field class="full">
        <mat-label>Update for stakeholders</mat-label>
        <textarea matInput formControlName="text" rows="4" required></textarea>
        <mat-hint>Public: stakeholders read it on their status page and by email.</mat-hint>
        <mat-error>Write the update first</mat-error>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="store.busy()">Post update</button>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .full {
      width: 100%;
    }
    .next {
      margin: 8px 0 12px;
    }
    .tone-warning strong {
      color: #5c4300;
    }
    .tone-breached strong {
      color: #8c1d18;
    }
    form {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 8px;
    }
  `,
})
export class StakeholderUpdateComposerComponent {
  /** The update-cadence clock; null when the escalation has none. */
  readonly cadence = input<ClockView | null>(null);
  protected readonly store = inject(EscalationStore);
  protected readonly text = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/)],
  });
  /** The form directive is what turns a submit into ngSubmit instead of a page load. */
  protected readonly form = new FormGroup({ text: this.text });
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected async post(): Promise<void> {
    this.text.markAsTouched();
    if (this.text.invalid) return;
    const outcome = await this.store.act('stakeholder-update', { body: this.text.value.trim() });
    // On a failure the text stays, to send again.
    // resetForm also forgets the submission, so the empty field does not show as an error.
    if (outcome === 'done') this.formDirective().resetForm();
  }
}
