import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MarkdownComponent } from '@ladder/portal/ui/markdown';
import { ProblemDirective } from '../problem.directive';

/** Markdown typed on the left, rendered (safely) on the right as the agent will see it. */
@Component({
  selector: 'ladder-markdown-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MarkdownComponent, ProblemDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <textarea matInput rows="8" [formControl]="control()" [ladderProblem]="problem()"></textarea>
      <mat-hint>Markdown</mat-hint>
      @if (problem()) {
        <mat-error>{{ problem() }}</mat-error>
      }
    </mat-form-field>
    <section class="preview" [attr.aria-label]="label() + ' preview'">
      @if (control().value) {
        <ladder-markdown [markdown]="control().value" />
      } @else {
        <p class="empty">Nothing to preview yet.</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 16px;
      align-items: start;
    }
    mat-form-field {
      width: 100%;
    }
    .preview {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 12px 16px;
      max-height: 220px;
      overflow: auto;
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MarkdownFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly problem = input<string | undefined>('');
}
