import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FormArray } from '@angular/forms';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { EditorOptions } from '../editor-options';
import type { PathErrors } from '../form/draft-errors';
import type { LevelForm } from '../form/level-form';
import { ProblemDirective } from '../problem.directive';

/** Every level's time budget per severity in one grid: a row per level, a column per severity. */
@Component({
  selector: 'ladder-budget-grid',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, ProblemDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="grid">
      <caption>
        Minutes an escalation may stay at a level before it is over budget
      </caption>
      <thead>
        <tr>
          <th scope="col">Level</th>
          @for (s of options().severities; track s.value) {
            <th scope="col">{{ s.label }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (level of levels().controls; track level; let i = $index) {
          <tr [formGroup]="level.controls.budgetMinutes">
            <th scope="row">{{ options().levels[i]?.label }}</th>
            @for (s of options().severities; track s.value) {
              @let problem = errors()['definition.levels.' + i + '.budgetMinutes.' + s.value];
              <td>
                <mat-form-field subscriptSizing="dynamic">
                  <input
                    matInput
                    type="number"
                    min="0"
                    [formControlName]="s.value"
                    [attr.aria-label]="options().levels[i]?.label + ' ' + s.value + ' time budget (minutes)'"
                    [ladderProblem]="problem"
                  />
                  <span matTextSuffix>min</span>
                  @if (problem) {
                    <mat-error>{{ problem }}</mat-error>
                  }
                </mat-form-field>
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .grid {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      margin-bottom: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    th {
      text-align: start;
      padding: 4px 12px 4px 0;
      font-weight: 500;
      white-space: nowrap;
    }
    td {
      padding: 4px 8px 4px 0;
      vertical-align: top;
    }
    mat-form-field {
      width: 130px;
    }
  `,
})
export class BudgetGridComponent {
  readonly levels = input.required<FormArray<LevelForm>>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});
}
