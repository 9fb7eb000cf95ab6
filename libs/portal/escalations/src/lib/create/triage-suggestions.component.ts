import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import type { ShownTriageSuggestion } from '@ladder/contracts';
import { type ShownSuggestion, TriageSuggestionsStore } from './triage-suggestions.store';

const TARGET_NAMES: Record<ShownSuggestion['target'], string> = {
  category: 'Category',
  affectedService: 'Affected service',
  team: 'Usually resolved by',
  severity: 'Usually opened as',
};

/** Targets the form has a field for, so a suggestion can fill it. */
export type FillableTarget = 'category' | 'affectedService';
const FILLABLE = new Set<string>(['category', 'affectedService'] satisfies FillableTarget[]);

/**
 * Category, service, resolving team and severity suggested from the title and description, learned from past
 * resolved escalations, each with its confidence and the words that drove it; "Use" fills the form's field.
 */
@Component({
  selector: 'ladder-triage-suggestions',
  imports: [MatButtonModule, MatCardModule],
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
                <span
                  >{{ targetName(s) }}: <strong>{{ s.label }}</strong></span
                >
                <span class="why">
                  {{ percent(s.confidence) }}
                  @if (s.drivingWords.length) {
                    · because of “{{ s.drivingWords.join('”, “') }}”
                  }
                </span>
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
    .why {
      color: var(--mat-sys-on-surface-variant);
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
    return TARGET_NAMES[s.target];
  }

  protected fillable(s: ShownSuggestion): boolean {
    return FILLABLE.has(s.target);
  }

  protected fill(s: ShownSuggestion): void {
    if (s.target === 'category' || s.target === 'affectedService') this.use.emit({ target: s.target, value: s.value });
  }

  protected percent(confidence: number): string {
    return `${Math.round(confidence * 100)} % sure`;
  }
}
