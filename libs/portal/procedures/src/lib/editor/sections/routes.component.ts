import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { withCurrent, type EditorOptions } from '../editor-options';
import type { PathErrors } from '../form/draft-errors';
import { routeForm, type RouteForm } from '../form/procedure-form';
import { ProblemDirective } from '../problem.directive';

/** Which team takes a category when it reaches a level; levels without a route use their default team. */
@Component({
  selector: 'ladder-routes',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, ProblemDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (routes().length) {
      <table>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">At level</th>
            <th scope="col">Goes to team</th>
            <td></td>
          </tr>
        </thead>
        <tbody>
          @for (route of routes().controls; track route; let i = $index) {
            <tr [formGroup]="route">
              <td>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-select
                    formControlName="category"
                    [aria-label]="'Route ' + (i + 1) + ' category'"
                    [ladderProblem]="problem(i, 'category')"
                  >
                    @for (c of withCurrent(options().categories, route.controls.category.value); track c) {
                      <mat-option [value]="c">{{ c }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ problem(i, 'category') }}</mat-error>
                </mat-form-field>
              </td>
              <td>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-select
                    formControlName="level"
                    [aria-label]="'Route ' + (i + 1) + ' level'"
                    [ladderProblem]="problem(i, 'level')"
                  >
                    @for (l of options().levels; track $index) {
                      <mat-option [value]="l.value">{{ l.label }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ problem(i, 'level') }}</mat-error>
                </mat-form-field>
              </td>
              <td>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-select
                    formControlName="teamId"
                    [aria-label]="'Route ' + (i + 1) + ' team'"
                    [ladderProblem]="problem(i, 'teamId')"
                  >
                    @for (t of options().teams; track t.value) {
                      <mat-option [value]="t.value">{{ t.label }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ problem(i, 'teamId') }}</mat-error>
                </mat-form-field>
              </td>
              <td>
                <button mat-button type="button" (click)="routes().removeAt(i)">Remove route {{ i + 1 }}</button>
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="empty">No routes: every level sends escalations to its default team.</p>
    }
    <button mat-stroked-button type="button" (click)="routes().push(newRoute())">Add a route</button>
  `,
  styleUrl: './section.scss',
})
export class RoutesComponent {
  readonly routes = input.required<FormArray<RouteForm>>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});

  protected readonly newRoute = routeForm;
  protected readonly withCurrent = withCurrent;

  protected problem(index: number, field: string): string | undefined {
    return this.errors()[`definition.routes.${index}.${field}`];
  }
}
