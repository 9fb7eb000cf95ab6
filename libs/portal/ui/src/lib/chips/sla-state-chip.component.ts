import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SlaState } from '@ladder/contracts';

export const SLA_STATE_LABEL: Readonly<Record<SlaState, string>> = {
  ok: 'On track',
  warning: 'SLA warning',
  breached: 'SLA breached',
  paused: 'Clocks paused',
  done: 'Clocks stopped',
};

/** An escalation's SLA state as a badge: amber at a warning, red once breached, grey when no clock runs. */
@Component({
  selector: 'ladder-sla-state-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ label() }}`,
  styleUrl: './chip.scss',
  host: { class: 'ladder-chip', '[class]': '"sla-" + state()' },
})
export class SlaStateChipComponent {
  readonly state = input.required<SlaState>();
  protected readonly label = computed(() => SLA_STATE_LABEL[this.state()]);
}
