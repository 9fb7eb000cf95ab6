import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { freeId } from '../form/controls';
import type { EditorOptions } from '../editor-options';
import type { PathErrors } from '../form/draft-errors';
import { ruleForm, type RuleForm } from '../form/rule-form';
import { RuleEditorComponent } from './rule-editor.component';

/** The trigger rules, each in its own box, added and removed one at a time. */
@Component({
  selector: 'ladder-rules',
  imports: [MatButtonModule, RuleEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (rule of rules().controls; track rule; let i = $index) {
      <fieldset class="item">
        <legend>Rule {{ i + 1 }}: {{ rule.controls.name.value || 'unnamed' }}</legend>
        <ladder-rule-editor [rule]="rule" [index]="i" [options]="options()" [errors]="errors()" />
        <div class="row">
          <button mat-button type="button" class="remove" (click)="rules().removeAt(i)">Remove rule {{ i + 1 }}</button>
        </div>
      </fieldset>
    } @empty {
      <p class="empty">No trigger rules: escalations move only when their budgets run out.</p>
    }
    <button mat-stroked-button type="button" (click)="add()">Add a rule</button>
  `,
  styleUrl: './section.scss',
})
export class RulesComponent {
  readonly rules = input.required<FormArray<RuleForm>>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});

  protected add(): void {
    const rules = this.rules();
    rules.push(
      ruleForm({
        id: freeId(
          'rule',
          rules.controls.map((r) => r.controls.id.value),
        ),
      }),
    );
  }
}
