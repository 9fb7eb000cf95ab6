import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ProcedureStatus } from '@ladder/contracts';
import { STATUS_LABELS } from './procedure-words';

/** A procedure version's status in words, coloured by where it is in its lifecycle. */
@Component({
  selector: 'ladder-procedure-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 12px;
      font-weight: 600;
      line-height: 20px;
      white-space: nowrap;
    }
    /* Dark text on light fills keeps WCAG AA contrast. */
    :host(.status-draft) {
      background: #eceff1;
      color: #37474f;
    }
    :host(.status-in-review) {
      background: #fff0c2;
      color: #5c4300;
    }
    :host(.status-published) {
      background: #e3f0e3;
      color: #1e4d24;
    }
    :host(.status-retired),
    :host(.status-discarded) {
      background: #f1f1f1;
      color: #424242;
    }
  `,
  host: { '[class]': '"status-" + status()' },
})
export class ProcedureStatusChipComponent {
  readonly status = input.required<ProcedureStatus>();
  protected readonly label = computed(() => STATUS_LABELS[this.status()]);
}
