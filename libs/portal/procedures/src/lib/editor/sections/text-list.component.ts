import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormArray, type FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { textControl } from '../form/controls';
import type { PathErrors } from '../form/draft-errors';
import { ProblemDirective } from '../problem.directive';

/** A list of names (categories, services): one field each, added and removed one at a time. */
@Component({
  selector: 'ladder-text-list',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ProblemDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 [id]="path() + '-heading'">{{ heading() }}</h2>
    <ul [attr.aria-labelledby]="path() + '-heading'">
      @for (item of items().controls; track item; let i = $index) {
        @let itemProblem = errors()[path() + '.' + i];
        <li>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ itemLabel() }} {{ i + 1 }}</mat-label>
            <input matInput [formControl]="item" [ladderProblem]="itemProblem" />
            <mat-error>{{ itemProblem }}</mat-error>
          </mat-form-field>
          <button mat-button type="button" (click)="items().removeAt(i)">
            Remove {{ itemLabel().toLowerCase() }} {{ i + 1 }}
          </button>
        </li>
      }
    </ul>
    <button mat-stroked-button type="button" (click)="add()">Add a {{ itemLabel().toLowerCase() }}</button>
  `,
  styles: `
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0 0 8px;
    }
    li {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
    }
  `,
})
export class TextListComponent {
  readonly items = input.required<FormArray<FormControl<string>>>();
  readonly heading = input.required<string>();
  readonly itemLabel = input.required<string>();
  /** Where the list sits in the request body, e.g. `definition.categories`. */
  readonly path = input.required<string>();
  readonly errors = input<PathErrors>({});

  protected add(): void {
    this.items().push(textControl());
  }
}
