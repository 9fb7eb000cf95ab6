import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { signed, type Compared } from './replay.mapper';

const TREND_WORDS = { better: 'better', worse: 'worse', same: '', unknown: '' } as const;

/** The draft's difference from the actual figure, signed, with "better" or "worse" in words, not by colour alone. */
@Component({
  selector: 'ladder-replay-difference',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ text() }}`,
  styles: `
    :host {
      font-weight: 600;
      white-space: nowrap;
    }
    :host(.better) {
      color: #1e4d24;
    }
    :host(.worse) {
      color: #8c1d18;
    }
  `,
  host: { '[class]': 'figure().trend' },
})
export class ReplayDifferenceComponent {
  readonly figure = input.required<Compared>();
  /** Appended to the number, e.g. " pp" for percentage points. */
  readonly unit = input('');
  protected readonly text = computed(() => {
    const { difference, trend } = this.figure();
    const words = TREND_WORDS[trend];
    const unit = difference === null || difference === 0 ? '' : this.unit();
    return `${signed(difference)}${unit}${words ? ` (${words})` : ''}`;
  });
}
