import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Delivery } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { of } from 'rxjs';
import { AdminApi } from '../shared/admin.api';
import { DeliveriesPage } from './deliveries.page';

const failed: Delivery = {
  id: '7d7c4a9e-2f4b-4f4c-9a57-0b7f9f3d1e01',
  escalationId: '5c1e0d3a-7d0f-4c39-a7a4-9f0b5b4b6e22',
  channel: 'email',
  recipient: 'kim.lee@example.com',
  subject: 'ESC-1042 update',
  status: 'failed',
  attempts: 2,
  lastError: 'connect ECONNREFUSED 127.0.0.1:2525',
  createdAt: '2026-11-26T12:00:00.000Z',
  nextAttemptAt: '2026-11-26T12:01:00.000Z',
  sentAt: null,
  history: [
    { at: '2026-11-26T12:00:01.000Z', ok: false, error: 'connect ECONNREFUSED 127.0.0.1:2525' },
    { at: '2026-11-26T12:00:31.000Z', ok: false, error: 'connect ECONNREFUSED 127.0.0.1:2525' },
  ],
};

describe('DeliveriesPage', () => {
  const api = { deliveries: jest.fn(), retryDelivery: jest.fn() };
  const notifier = { error: jest.fn(), info: jest.fn() };

  async function render() {
    Object.values(api).forEach((fn) => fn.mockReset());
    api.deliveries.mockReturnValue(of({ items: [failed], total: 1 }));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AdminApi, useValue: api }, { provide: Notifier, useValue: notifier }],
    });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(DeliveriesPage);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement, navigate };
  }

  it('lists failed deliveries first, with the attempts and the last error', async () => {
    const { el } = await render();
    expect(api.deliveries).toHaveBeenCalledWith('failed', 1);
    const row = el.querySelector('tr.mat-mdc-row');
    expect(row?.querySelector('summary')?.textContent?.trim()).toBe('2 attempts');
    expect(row?.querySelectorAll('.history li')).toHaveLength(2);
    expect(row?.querySelector('.error')?.textContent?.trim()).toBe('connect ECONNREFUSED 127.0.0.1:2525');
  });

  it('retries a failed delivery and reloads the list', async () => {
    const { fixture, el } = await render();
    api.retryDelivery.mockReturnValue(of({ ...failed, status: 'pending' }));
    api.deliveries.mockReturnValue(of({ items: [], total: 0 }));
    el.querySelector<HTMLButtonElement>('button[aria-label="Retry ESC-1042 update to kim.lee@example.com"]')?.click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(api.retryDelivery).toHaveBeenCalledWith(failed.id);
    expect(api.deliveries).toHaveBeenCalledTimes(2);
    expect(notifier.info).toHaveBeenCalledWith('Queued again: ESC-1042 update to kim.lee@example.com');
  });

  it('keeps the chosen status in the URL', async () => {
    const { el, navigate } = await render();
    const pending = Array.from(el.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find(
      (b) => b.textContent?.trim() === 'Pending',
    );
    pending?.click();
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ queryParams: { status: 'pending', page: null } }),
    );
  });
});
