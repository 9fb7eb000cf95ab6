import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Contact } from '@ladder/contracts';
import { describeReachOut } from './reach-out';

/** Contacts with their channel, when to reach out and whether Ladder notifies them itself. */
@Component({
  selector: 'ladder-contact-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="contacts">
      @for (c of contacts(); track c.name + c.address) {
        <li>
          <strong>{{ c.name }}</strong> · {{ c.role }}<br />
          {{ c.channel }}: {{ c.address }}<br />
          <span class="when">When to reach out: {{ c.whenToReachOut }}</span>
          @if (describeReachOut(c.notify); as auto) {
            <br /><span class="when">{{ auto }}</span>
          }
        </li>
      } @empty {
        <li>No contacts listed.</li>
      }
    </ul>
  `,
  styles: `
    .contacts {
      list-style: none;
      padding: 0;
      margin: 8px 0 0;
    }
    .contacts li {
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .contacts li:last-child {
      border-bottom: 0;
    }
    .when {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ContactListComponent {
  readonly contacts = input.required<readonly Contact[]>();
  protected readonly describeReachOut = describeReachOut;
}
