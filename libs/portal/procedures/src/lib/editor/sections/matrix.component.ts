import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ImpactSchema, UrgencySchema } from '@ladder/contracts';
import type { EditorOptions } from '../editor-options';
import type { PathErrors } from '../form/draft-errors';
import type { MatrixForm } from '../form/severity-form';
import { ProblemDirective } from '../problem.directive';

/** Which severity an impact and an urgency give: a row per impact, a column per urgency. */
@Component({
  selector: 'ladder-severity-matrix',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, ProblemDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table [formGroup]="matrix()">
      <caption>
        Severity by impact (rows) and urgency (columns)
      </caption>
      <thead>
        <tr>
          <td></td>
          @for (urgency of urgencies; track urgency) {
            <th scope="col">Urgency {{ urgency }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (impact of impacts; track impact) {
          <tr [formGroupName]="impact">
            <th scope="row">Impact {{ impact }}</th>
            @for (urgency of urgencies; track urgency) {
              @let cellProblem = errors()['definition.matrix.' + impact + '.' + urgency];
              <td>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-select
                    [formControlName]="urgency"
                    [aria-label]="'Severity for impact ' + impact + ', urgency ' + urgency"
                    [ladderProblem]="cellProblem"
                  >
                    @for (s of options().severities; track s.value) {
                      <mat-option [value]="s.value">{{ s.label }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ cellProblem }}</mat-error>
                </mat-form-field>
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './section.scss',
  styles: `
    td mat-form-field {
      width: 170px;
    }
    caption {
      text-align: start;
      margin-bottom: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SeverityMatrixComponent {
  readonly matrix = input.required<MatrixForm>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});

  protected readonly impacts = ImpactSchema.options;
  protected readonly urgencies = UrgencySchema.options;
}
