import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ClockView } from './sla-clock-view';

/** The escalation's clocks, each with its countdown, state in words and due time. */
@Component({
  selector: 'ladder-sla-clocks',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul aria-label="SLA clocks">
      @for (clock of clocks(); track clock.kind) {
        <li [class]="'tone-' + clock.tone" [attr.data-clock]="clock.kind">
          <span class="label">{{ clock.label }}</span>
          <span class="status">{{ clock.status }}</span>
          @if (clock.countdown) {
            <span class="countdown">{{ clock.countdown }}</span>
          }
          <span class="due"
            >due <time [attr.datetime]="clock.dueAt">{{ clock.dueAt | date: 'MMM d, HH:mm:ss' }}</time></span
          >
        </li>
      } @empty {
        <li class="tone-inactive">No clock runs for this escalation.</li>
      }
    </ul>
  `,
  styles: `
    ul {
      list-style: none;
      margin: 8px 0 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 2px 12px;
      padding: 8px 12px;
      border-radius: 8px;
      border-left: 6px solid;
    }
    .label {
      font-weight: 600;
    }
    .status {
      text-align: right;
      font-weight: 600;
    }
    .countdown {
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }
    .due {
      text-align: right;
      align-self: end;
      font-size: 12px;
    }
    .tone-ok {
      background: #e3f0e3;
      color: #1e4d24;
      border-color: #2e7d32;
    }
    .tone-warning {
      background: #fff0c2;
      color: #5c4300;
      border-color: #e0a800;
    }
    .tone-breached {
      background: #fde2e1;
      color: #8c1d18;
      border-color: #b3261e;
    }
    .tone-inactive {
      background: #eceff1;
      color: #37474f;
      border-color: #90a4ae;
    }
  `,
})
export class SlaClocksComponent {
  readonly clocks = input.required<readonly ClockView[]>();
}
