import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Status } from '@ladder/contracts';

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  waiting: 'Waiting',
  resolved: 'Resolved',
  closed: 'Closed',
  reopened: 'Reopened',
};

@Component({
  selector: 'ladder-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ label() }}`,
  styleUrl: './chip.scss',
  host: { class: 'ladder-chip', '[class]': '"status-" + status()' },
})
export class StatusChipComponent {
  readonly status = input.required<Status>();
  protected readonly label = computed(() => STATUS_LABEL[this.status()]);
}
