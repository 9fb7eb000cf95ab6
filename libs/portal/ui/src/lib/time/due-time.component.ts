import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Clock } from './clock';
import { describeDue } from './relative-time';

/** Relative due time; once the clock has stopped (`stopped`), only the absolute time is shown. */
@Component({
  selector: 'ladder-due-time',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (stopped()) {
      <span>{{ dueAt() | date: 'MMM d, HH:mm' }}</span>
    } @else {
      <time [attr.datetime]="dueAt()" [title]="dueAt() | date: 'medium'">{{ due().text }}</time>
    }
  `,
  styles: `
    :host(.overdue) {
      color: #b3261e;
      font-weight: 600;
    }
  `,
  host: { '[class.overdue]': '!stopped() && due().overdue' },
})
export class DueTimeComponent {
  private readonly clock = inject(Clock);
  readonly dueAt = input.required<string>();
  readonly stopped = input(false);
  protected readonly due = computed(() => describeDue(this.dueAt(), this.clock.now()));
}
