import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import type { StakeholderStatus } from '@ladder/contracts';
import { ApiError } from '@ladder/portal/core';
import { Clock } from '@ladder/portal/ui';
import { of, throwError } from 'rxjs';
import { StakeholderStatusApi } from './stakeholder-status.api';
import { StakeholderStatusPage } from './stakeholder-status.page';

const status: StakeholderStatus = {
  number: 1042,
  title: 'VPN drops every 10 minutes for Finance',
  status: 'acknowledged',
  severity: 'S2',
  level: 2,
  levelName: 'Team Leads',
  highestLevel: 3,
  createdAt: '2026-11-26T09:00:00.000Z',
  resolvedAt: null,
  resolutionSummary: null,
  updates: [
    { at: '2026-11-26T10:00:00.000Z', body: 'We are looking into it.' },
    { at: '2026-11-26T11:00:00.000Z', body: 'The line card is being replaced.' },
  ],
  nextUpdateDueAt: '2026-11-26T12:25:00.000Z',
};

/** Lets the store's request resolve, then the view render it. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('StakeholderStatusPage', () => {
  async function render(get: jest.Mock) {
    TestBed.configureTestingModule({
      providers: [
        { provide: StakeholderStatusApi, useValue: { get } },
        { provide: Clock, useValue: { now: signal(Date.parse('2026-11-26T12:00:00.000Z')) } },
      ],
    });
    const fixture = TestBed.createComponent(StakeholderStatusPage);
    fixture.componentRef.setInput('token', 'tok-123');
    fixture.detectChanges();
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => el.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { el, text, fixture };
  }

  it('shows the escalation, the newest update first and when the next one is due', async () => {
    const get = jest.fn().mockReturnValue(of(status));
    const { el, text } = await render(get);
    expect(get).toHaveBeenCalledWith('tok-123');
    expect(text('h1')).toBe('ESC-1042 · VPN drops every 10 minutes for Finance');
    expect(text('[data-testid=level]')).toBe('Level 2 · Team Leads');
    expect(el.textContent).toContain('Highest level reached');
    expect(Array.from(el.querySelectorAll('.updates .text')).map((p) => p.textContent)).toEqual([
      'The line card is being replaced.',
      'We are looking into it.',
    ]);
    expect(text('[data-testid=next-update]')).toMatch(/^due in 25m \(Nov 26, \d\d:25\)$/);
    expect(TestBed.inject(Title).getTitle()).toBe('ESC-1042 status · Ladder');
  });

  it('says plainly that an unknown link is not valid', async () => {
    const { text } = await render(jest.fn().mockReturnValue(throwError(() => new ApiError(404, 'not_found', 'x'))));
    expect(text('h1')).toBe('This status link is not valid');
  });

  it('shows any other failure with a way to try again', async () => {
    const get = jest
      .fn()
      .mockReturnValueOnce(
        throwError(() => new ApiError(429, 'rate_limited', 'Too many requests, try again in a minute.')),
      )
      .mockReturnValueOnce(of(status));
    const { el, text, fixture } = await render(get);
    expect(text('[role=alert]')).toBe('Too many requests, try again in a minute.');
    el.querySelector('button')?.click();
    await settle(fixture);
    expect(get).toHaveBeenCalledTimes(2);
    expect(text('h1')).toBe('ESC-1042 · VPN drops every 10 minutes for Finance');
  });
});
