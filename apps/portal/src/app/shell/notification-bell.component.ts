import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import type { InAppNotification } from '@ladder/contracts';
import { NotificationsStore } from '@ladder/portal/core';

/** The toolbar bell: unread count, the latest notifications, live over server-sent events while it is shown. */
@Component({
  selector: 'ladder-notification-bell',
  imports: [DatePipe, MatBadgeModule, MatButtonModule, MatMenuModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      class="bell"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="label()"
      [matBadge]="store.unread()"
      [matBadgeHidden]="store.unread() === 0"
      matBadgeColor="warn"
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <path
          fill="currentColor"
          d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2m6-6V11c0-3.07-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1z"
        />
      </svg>
    </button>
    <mat-menu #menu="matMenu" xPosition="before" aria-label="Notifications">
      <button mat-menu-item type="button" class="mark-all" [disabled]="store.unread() === 0" (click)="markAllRead()">
        Mark all read
      </button>
      @for (n of store.items(); track n.id) {
        <button mat-menu-item type="button" [class.unread]="n.readAt === null" (click)="open(n)">
          <span class="subject">{{ n.subject }}</span>
          @if (n.body) {
            <span class="body">{{ n.body }}</span>
          }
          <time class="at" [attr.datetime]="n.createdAt">{{ n.createdAt | date: 'MMM d, HH:mm' }}</time>
        </button>
      } @empty {
        <button mat-menu-item type="button" disabled>No notifications yet</button>
      }
    </mat-menu>
  `,
  styles: `
    .bell {
      color: inherit;
      --mat-icon-button-icon-color: currentColor;
    }
    .mark-all {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .subject,
    .body,
    .at {
      display: block;
      white-space: normal;
      line-height: 1.3;
    }
    .body,
    .at {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .unread .subject {
      font-weight: 700;
    }
    .unread .subject::before {
      content: '● ' / '';
      color: var(--mat-sys-primary);
    }
  `,
})
export class NotificationBellComponent {
  protected readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);

  protected readonly label = computed(() => {
    const unread = this.store.unread();
    return unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
  });

  constructor() {
    this.store.connect();
    inject(DestroyRef).onDestroy(() => this.store.disconnect());
  }

  protected open(notification: InAppNotification): void {
    void this.store.markRead(notification);
    if (notification.link) void this.router.navigateByUrl(notification.link);
  }

  protected markAllRead(): void {
    void this.store.markAllRead();
  }
}
