import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { withCurrent, type EditorOptions } from '../editor-options';
import { freeId } from '../form/controls';
import type { PathErrors } from '../form/draft-errors';
import { scenarioForm, type ScenarioForm } from '../form/scenario-form';
import { ProblemDirective } from '../problem.directive';
import { ContactsEditorComponent } from './contacts-editor.component';
import { MarkdownFieldComponent } from './markdown-field.component';

/** Guidance for known kinds of incident: what they match, where they enter, who else to reach, what to know. */
@Component({
  selector: 'ladder-scenarios',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ContactsEditorComponent,
    MarkdownFieldComponent,
    ProblemDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenarios.component.html',
  styleUrl: './section.scss',
})
export class ScenariosComponent {
  readonly scenarios = input.required<FormArray<ScenarioForm>>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});

  protected readonly withCurrent = withCurrent;

  protected problem(index: number, field: string): string | undefined {
    return this.errors()[`definition.scenarios.${index}.${field}`];
  }

  protected add(): void {
    const scenarios = this.scenarios();
    scenarios.push(
      scenarioForm({
        id: freeId(
          'scenario',
          scenarios.controls.map((s) => s.controls.id.value),
        ),
      }),
    );
  }
}
