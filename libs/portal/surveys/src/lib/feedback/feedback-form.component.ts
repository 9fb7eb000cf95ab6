import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { SubmitFeedbackSchema, type FeedbackTopic, type SubmitFeedback } from '@ladder/contracts';
import { map } from 'rxjs';
import { checkWith } from '../shared/schema-errors';
import { FEEDBACK_TOPICS, TOPIC_LABEL } from './feedback-labels';

export const FEEDBACK_MAX_LENGTH = 4000;

/** A suggestion about the process (topic + text), from staff or a stakeholder; the parent sends it. */
@Component({
  selector: 'ladder-feedback-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field>
        <mat-label>Topic</mat-label>
        <mat-select formControlName="topic" required>
          @for (t of topics; track t) {
            <mat-option [value]="t">{{ topicLabel[t] }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ errorOf('topic') }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Your suggestion</mat-label>
        <textarea matInput formControlName="body" rows="5" required></textarea>
        <mat-hint align="end">{{ length() }} / {{ maxLength }} characters</mat-hint>
        <mat-error>{{ errorOf('body') }}</mat-error>
      </mat-form-field>
      <div class="failure" aria-live="assertive">
        @if (error()) {
          <p>{{ error() }}</p>
        }
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="sending()">{{ submitLabel() }}</button>
      </div>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .failure p {
      margin: 0;
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
  `,
})
export class FeedbackFormComponent {
  readonly sending = input(false);
  /** Why the last attempt failed; the text stays in the form for another try. */
  readonly error = input<string | null>(null);
  readonly submitLabel = input('Send suggestion');
  readonly send = output<SubmitFeedback>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly topics = FEEDBACK_TOPICS;
  protected readonly topicLabel = TOPIC_LABEL;
  protected readonly maxLength = FEEDBACK_MAX_LENGTH;
  protected readonly form = new FormGroup({
    topic: new FormControl<FeedbackTopic | null>(null),
    body: new FormControl('', { nonNullable: true }),
  });
  protected readonly length = toSignal(this.form.controls.body.valueChanges.pipe(map((body) => body.trim().length)), {
    initialValue: 0,
  });

  reset(): void {
    this.form.reset();
  }

  protected submit(): void {
    if (this.sending()) return;
    const checked = checkWith(SubmitFeedbackSchema, this.form.getRawValue());
    if (checked.ok) {
      this.send.emit(checked.data);
      return;
    }
    for (const [field, message] of Object.entries(checked.errors)) {
      const control = this.form.get(field);
      control?.setErrors({ message: field === 'topic' ? 'Choose a topic' : message });
      control?.markAsTouched();
    }
    // Material marks the invalid fields; focus goes to the first so its message is read out.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }

  protected errorOf(field: 'topic' | 'body'): string {
    const message: unknown = this.form.controls[field].errors?.['message'];
    return typeof message === 'string' ? message : '';
  }
}
