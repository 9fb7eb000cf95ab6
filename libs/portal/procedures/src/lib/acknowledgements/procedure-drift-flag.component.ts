import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ProcedureDrift } from '@ladder/contracts';
import { driftFindingText } from '@ladder/domain';

/** "Flagged for early review": how a published version got worse than in its first weeks. Nothing when not flagged. */
@Component({
  selector: 'ladder-procedure-drift-flag',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (drift(); as d) {
      <h2>Flagged for early review</h2>
      <p>
        On {{ d.flaggedAt | date: 'd MMM y' }} this version was worse than in its first weeks ({{
          d.baseline.from | date: 'd MMM'
        }}–{{ d.baseline.to | date: 'd MMM y' }}) over {{ d.current.from | date: 'd MMM' }}–{{
          d.current.to | date: 'd MMM y'
        }}:
      </p>
      <ul>
        @for (line of lines(); track line) {
          <li>{{ line }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host:not(:empty) {
      display: block;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    p,
    ul {
      margin: 4px 0;
    }
  `,
  host: { role: 'status' },
})
export class ProcedureDriftFlagComponent {
  readonly drift = input.required<ProcedureDrift | null>();

  protected readonly lines = computed(() => (this.drift()?.findings ?? []).map(driftFindingText));
}
