import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { EditorOptions } from '../editor-options';
import type { PathErrors } from '../form/draft-errors';
import { levelForm, type LevelForm } from '../form/level-form';
import { ProblemDirective } from '../problem.directive';
import { ContactsEditorComponent } from './contacts-editor.component';
import { MarkdownFieldComponent } from './markdown-field.component';

/** The ladder's levels: who works each one, its runbook and its contacts (budgets are in their own grid). */
@Component({
  selector: 'ladder-levels-section',
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
  templateUrl: './levels-section.component.html',
  styleUrl: './section.scss',
})
export class LevelsSectionComponent {
  readonly levels = input.required<FormArray<LevelForm>>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});

  protected problem(index: number, field: string): string | undefined {
    return this.errors()[`definition.levels.${index}.${field}`];
  }

  protected teamsOf(level: LevelForm): EditorOptions['teams'] {
    const chosen = level.controls.teamIds.value;
    return this.options().teams.filter((t) => chosen.includes(t.value));
  }

  /** The next number up; its budgets start as the level below's, which is usually close. */
  protected add(): void {
    const levels = this.levels();
    const numbers = levels.controls.map((l) => l.controls.level.value ?? 0);
    const next = levelForm({ level: Math.max(0, ...numbers) + 1 });
    const below = levels.at(-1) as LevelForm | undefined;
    if (below) next.controls.budgetMinutes.setValue(below.controls.budgetMinutes.getRawValue());
    levels.push(next);
  }

  protected remove(index: number): void {
    this.levels().removeAt(index);
  }
}
