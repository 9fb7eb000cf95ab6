import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Severity } from '@ladder/contracts';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  S1: 'Critical',
  S2: 'High',
  S3: 'Medium',
  S4: 'Low',
};

@Component({
  selector: 'ladder-severity-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ severity() }} {{ label() }}`,
  styleUrl: './chip.scss',
  host: { class: 'ladder-chip', '[class]': '"sev-" + severity().toLowerCase()' },
})
export class SeverityChipComponent {
  readonly severity = input.required<Severity>();
  protected readonly label = computed(() => SEVERITY_LABEL[this.severity()]);
}
