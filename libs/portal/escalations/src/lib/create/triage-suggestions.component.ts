import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import type { ShownTriageSuggestion } from '@ladder/contracts';
import { type ShownSuggestion, TRIAGE_TARGET_NAME } from '../shared/triage-suggestion';
import { TriageSuggestionComponent } from '../shared/triage-suggestion.component';
import { TriageSuggestionsStore } from './triage-suggestions.store';

/** Targets the form has a field for, so a suggestion can fill it. */
export type FillableTarget = 'category' | 'affectedService';
const FILLABLE = new Set<string>(['category', 'affectedService'] satisfies FillableTarget[]);

/**
 * Category, service, resolving team and severity suggested from the title and description, learned from past
 * resolved escalations, each with its confidence and the words that drove it; "Use" fills the form's field.
 */
@Component({
  selector: 'ladder-triage-suggestions',
  imports: [MatButtonModule, MatCardModule, TriageSuggestionComponent],
  providers: [TriageSuggestionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.suggestions().length) {
      <mat-card appearance="outlined" data-testid="triage-suggestions">
        <mat-card-header><mat-card-title>Suggested from past escalations</mat-card-title></mat-card-header>
        <mat-card-content>
          <ul aria-live="polite">
            @for (s of store.suggestions(); track s.target) {
              <li>
                <ladder-triage-suggestion [suggestion]="s" />
                @if (fillable(s)) {
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="'Use ' + s.label + ' as ' + targetName(s).toLowerCase()"
                    (click)="fill(s)"
                  >
                    Use
                  </button>
                }
              </li>
            }
          </ul>
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class TriageSuggestionsComponent {
  protected readonly store = inject(TriageSuggestionsStore);
  readonly title = input.required<string>();
  readonly description = input.required<string>();
  /** A suggestion the agent chose to fill its field with. */
  readonly use = output<{ target: FillableTarget; value: string }>();
  /** The suggestions on display, whenever they change. */
  readonly shown = output<ShownTriageSuggestion[]>();

  constructor() {
    effect(() => {
      const [title, description] = [this.title(), this.description()];
      untracked(() => this.store.schedule(title, description));
    });
    effect(() => this.shown.emit(this.store.shown()));
  }

  protected targetName(s: ShownSuggestion): string {
    return TRIAGE_TARGET_NAME[s.target];
  }

  protected fillable(s: ShownSuggestion): boolean {
    return FILLABLE.has(s.target);
  }

  protected fill(s: ShownSuggestion): void {
    if (s.target === 'category' || s.target === 'affectedService') this.use.emit({ target: s.target, value: s.value });
  }
}
