import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { EditorOptions } from '../editor-options';
import type { PathErrors } from '../form/draft-errors';
import type { DefinitionForm } from '../form/procedure-form';
import { ProblemDirective } from '../problem.directive';

type TargetField = 'responseMinutes' | 'resolutionMinutes' | 'updateCadenceMinutes';

/** Per severity: its name, response and resolution targets, stakeholder update cadence and working calendar. */
@Component({
  selector: 'ladder-severity-targets',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, ProblemDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './severity-targets.component.html',
  styleUrl: './section.scss',
})
export class SeverityTargetsComponent {
  readonly definition = input.required<DefinitionForm>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});

  protected readonly columns: readonly { field: TargetField; heading: string }[] = [
    { field: 'responseMinutes', heading: 'Response target' },
    { field: 'resolutionMinutes', heading: 'Resolution target' },
    { field: 'updateCadenceMinutes', heading: 'Update cadence' },
  ];

  protected problem(path: string): string | undefined {
    return this.errors()[`definition.${path}`];
  }

  /** The calendars offered, plus the one the draft names if it no longer exists (the API then says so). */
  protected calendarsFor(current: string): EditorOptions['calendars'] {
    const calendars = this.options().calendars;
    return calendars.some((c) => c.value === current) ? calendars : [...calendars, { value: current, label: current }];
  }
}
