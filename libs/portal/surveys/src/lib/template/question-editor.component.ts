import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { SurveyQuestion } from '@ladder/contracts';
import { FieldErrorDirective } from '../shared/field-error.directive';
import type { PathErrors } from '../shared/schema-errors';
import {
  addOption,
  KIND_LABEL,
  moveQuestion,
  removeOption,
  removeQuestion,
  updateOption,
  updateQuestion,
  type QuestionPatch,
  type TemplateDraft,
} from './template-draft';
import { questionErrorCount } from './template-errors';

export type DraftEdit = (draft: TemplateDraft) => TemplateDraft;

/** Edits one question of the draft; every change goes out as an edit of the whole draft for the page to apply. */
@Component({
  selector: 'ladder-question-editor',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, FieldErrorDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-editor.component.html',
  styleUrl: './question-editor.component.scss',
})
export class QuestionEditorComponent {
  readonly question = input.required<SurveyQuestion>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  readonly csat = input(false);
  /** The whole draft's errors; this editor reads those under `questions.<index>.`. */
  readonly errors = input<PathErrors>({});
  readonly edit = output<DraftEdit>();

  protected readonly kindLabel = KIND_LABEL;
  protected readonly number = computed(() => this.index() + 1);
  protected readonly errorCount = computed(() => questionErrorCount(this.errors(), this.index()));
  private readonly local = computed(() => {
    const prefix = `questions.${this.index()}.`;
    return Object.fromEntries(
      Object.entries(this.errors())
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, message]) => [path.slice(prefix.length), message]),
    );
  });

  protected errorOf(field: string): string {
    return this.local()[field] ?? '';
  }

  protected id(part: string): string {
    return `question-${this.index()}-${part}`;
  }

  protected patch(patch: QuestionPatch): void {
    const index = this.index();
    this.edit.emit((draft) => updateQuestion(draft, index, patch));
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected numberOf(event: Event): number {
    return (event.target as HTMLInputElement).valueAsNumber;
  }

  protected move(by: -1 | 1): void {
    const index = this.index();
    this.edit.emit((draft) => moveQuestion(draft, index, by));
  }

  protected remove(): void {
    const index = this.index();
    this.edit.emit((draft) => removeQuestion(draft, index));
  }

  protected addOption(): void {
    const index = this.index();
    this.edit.emit((draft) => addOption(draft, index));
  }

  protected updateOption(option: number, patch: { value?: string; label?: string }): void {
    const index = this.index();
    this.edit.emit((draft) => updateOption(draft, index, option, patch));
  }

  protected removeOption(option: number): void {
    const index = this.index();
    this.edit.emit((draft) => removeOption(draft, index, option));
  }
}
