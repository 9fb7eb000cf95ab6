import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ShownSuggestion, suggestionReason, TRIAGE_TARGET_NAME } from './triage-suggestion';

/** One triage suggestion: what it is for, the suggested value, how sure the model is and why. */
@Component({
  selector: 'ladder-triage-suggestion',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      >{{ targetName() }}: <strong>{{ suggestion().label }}</strong></span
    >
    <span class="why">
      {{ reason() }}
    </span>
  `,
  styles: `
    :host {
      display: contents;
    }
    .why {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TriageSuggestionComponent {
  readonly suggestion = input.required<ShownSuggestion>();

  protected readonly targetName = computed(() => TRIAGE_TARGET_NAME[this.suggestion().target]);
  protected readonly reason = computed(() => suggestionReason(this.suggestion()));
}
