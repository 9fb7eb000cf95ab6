import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ReviewState } from './version-rows';

/** A review date, with "overdue" or "due soon" said in words beside it, not by colour alone. */
@Component({
  selector: 'ladder-review-due',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (dueAt(); as due) {
      {{ due | date: 'mediumDate' }}
      @switch (state()) {
        @case ('overdue') {
          <span class="flag overdue">Review overdue</span>
        }
        @case ('soon') {
          <span class="flag soon">Review due soon</span>
        }
      }
    } @else {
      –
    }
  `,
  styles: `
    .flag {
      margin-left: 6px;
      padding: 1px 8px;
      border-radius: 10px;
      font-size: 12px;
      font-weight: 600;
    }
    .overdue {
      background: #b3261e;
      color: #ffffff;
    }
    .soon {
      background: #fff0c2;
      color: #5c4300;
    }
  `,
})
export class ReviewDueComponent {
  readonly dueAt = input.required<string | null>();
  readonly state = input.required<ReviewState>();
}
