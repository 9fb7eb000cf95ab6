import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { EscalationAlert } from '@ladder/contracts';
import { labelText, tellingLabels } from '../shared/alert-labels';

/** A queue row's sign that monitoring opened it: its most telling labels, and how often the alert fired. */
@Component({
  selector: 'ladder-alert-marker',
  imports: [MatChipsModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="marker">Monitoring</span>
    @if (fired(); as times) {
      <span class="fired"
        ><span aria-hidden="true">{{ times }}</span
        ><span class="visually-hidden">fired {{ alert().fireCount }} times</span></span
      >
    }
    @if (labels().shown.length) {
      <mat-chip-set data-testid="alert-labels" aria-label="Alert labels">
        @for (l of labels().shown; track l.name) {
          <mat-chip>{{ label(l) }}</mat-chip>
        }
        @if (rest(); as rest) {
          <mat-chip class="more" [matTooltip]="rest" [aria-label]="'Other labels: ' + rest"
            >+{{ labels().rest.length }}</mat-chip
          >
        }
      </mat-chip-set>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      margin-top: 4px;
    }
    .marker {
      padding: 0 8px;
      border-radius: 8px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .fired {
      font: var(--mat-sys-label-medium);
      font-variant-numeric: tabular-nums;
    }
    mat-chip {
      --mat-chip-container-height: 24px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class AlertMarkerComponent {
  readonly alert = input.required<Pick<EscalationAlert, 'labels' | 'fireCount'>>();

  protected readonly label = labelText;
  protected readonly labels = computed(() => tellingLabels(this.alert().labels));
  /** The labels left out, for the tooltip: "job=api, region=eu-west-1". */
  protected readonly rest = computed(() => this.labels().rest.map(labelText).join(', '));
  protected readonly fired = computed(() => fireTimes(this.alert().fireCount));
}

/** "×3" for an alert that fired more than once; null for once. */
export const fireTimes = (fireCount: number) => (fireCount > 1 ? `×${fireCount}` : null);
