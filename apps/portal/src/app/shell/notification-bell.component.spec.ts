import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { InAppNotification } from '@ladder/contracts';
import { NotificationsStore } from '@ladder/portal/core';
import { NotificationBellComponent } from './notification-bell.component';

const unread: InAppNotification = {
  id: 'n1',
  escalationId: 'e1',
  subject: 'ESC-1042 escalated to L2',
  body: 'The L1 budget ran out.',
  link: '/escalations/e1',
  createdAt: '2026-11-26T12:00:00.000Z',
  readAt: null,
};

describe('NotificationBellComponent', () => {
  function render(items: InAppNotification[], count: number) {
    const store = {
      items: signal(items),
      unread: signal(count),
      connect: jest.fn(),
      disconnect: jest.fn(),
      markRead: jest.fn().mockResolvedValue(undefined),
      markAllRead: jest.fn().mockResolvedValue(undefined),
    };
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: NotificationsStore, useValue: store }],
    });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(NotificationBellComponent);
    fixture.detectChanges();
    const bell = (fixture.nativeElement as HTMLElement).querySelector('button');
    if (!bell) throw new Error('no bell');
    const openMenu = async () => {
      bell.click();
      fixture.detectChanges();
      await fixture.whenStable();
      return Array.from(document.querySelectorAll<HTMLButtonElement>('.mat-mdc-menu-panel button'));
    };
    return { fixture, store, bell, navigate, openMenu };
  }

  it('connects while shown and says how many are unread', () => {
    const { fixture, store, bell } = render([unread], 3);
    expect(store.connect).toHaveBeenCalledTimes(1);
    expect(bell.getAttribute('aria-label')).toBe('Notifications, 3 unread');
    fixture.destroy();
    expect(store.disconnect).toHaveBeenCalledTimes(1);
  });

  it('names the bell plainly when nothing is unread', () => {
    expect(render([], 0).bell.getAttribute('aria-label')).toBe('Notifications');
  });

  it('opens the link of a notification and marks it read', async () => {
    const { store, navigate, openMenu } = render([unread], 1);
    const buttons = await openMenu();
    const item = buttons.find((b) => b.textContent?.includes('ESC-1042 escalated to L2'));
    item?.click();
    expect(store.markRead).toHaveBeenCalledWith(unread);
    expect(navigate).toHaveBeenCalledWith('/escalations/e1');
  });

  it('marks all read', async () => {
    const { store, openMenu } = render([unread], 1);
    const buttons = await openMenu();
    buttons.find((b) => b.textContent?.trim() === 'Mark all read')?.click();
    expect(store.markAllRead).toHaveBeenCalledTimes(1);
  });

  it('offers nothing to mark when all are read', async () => {
    const { openMenu } = render([], 0);
    const buttons = await openMenu();
    expect(buttons.map((b) => [b.textContent?.trim(), b.disabled])).toEqual([
      ['Mark all read', true],
      ['No notifications yet', true],
    ]);
  });
});
