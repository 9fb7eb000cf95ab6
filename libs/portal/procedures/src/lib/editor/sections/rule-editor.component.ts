import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { withCurrent, type EditorOptions } from '../editor-options';
import type { PathErrors } from '../form/draft-errors';
import type { RuleActionKind, RuleForm } from '../form/rule-form';
import { ProblemDirective } from '../problem.directive';

/** One trigger rule: the conditions that must all hold, and the one action it then takes. */
@Component({
  selector: 'ladder-rule-editor',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ProblemDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-editor.component.html',
  styleUrl: './section.scss',
})
export class RuleEditorComponent {
  readonly rule = input.required<RuleForm>();
  readonly index = input.required<number>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});

  protected readonly withCurrent = withCurrent;
  protected readonly actions: readonly { value: RuleActionKind; label: string }[] = [
    { value: 'escalate', label: 'Escalate to a level' },
    { value: 'raise-severity', label: 'Raise the severity' },
    { value: 'notify', label: 'Notify a contact' },
  ];
  /** Each contact name once; a notify rule names a contact, optionally of one level. */
  protected readonly contactNames = computed(() => [...new Set(this.options().contacts.map((c) => c.name))]);

  protected problem(field: string): string | undefined {
    return this.errors()[`definition.rules.${this.index()}.${field}`];
  }
}
