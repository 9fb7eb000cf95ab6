import { TestBed } from '@angular/core/testing';
import type { ClockView } from './sla-clock-view';
import { SlaClocksComponent } from './sla-clocks.component';

describe('SlaClocksComponent', () => {
  it('shows each clock with its state in words and its colour', () => {
    const clocks: ClockView[] = [
      {
        kind: 'response',
        label: 'Response',
        tone: 'breached',
        status: 'Breached',
        countdown: 'overdue 0:05',
        dueAt: '2026-11-26T12:15:00.000Z',
      },
      {
        kind: 'resolution',
        label: 'Resolution',
        tone: 'inactive',
        status: 'Met',
        countdown: null,
        dueAt: '2026-11-26T16:00:00.000Z',
      },
    ];
    const fixture = TestBed.createComponent(SlaClocksComponent);
    fixture.componentRef.setInput('clocks', clocks);
    fixture.detectChanges();
    const items = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('li'));
    expect(items.map((li) => li.className)).toEqual(['tone-breached', 'tone-inactive']);
    expect(items[0]?.querySelector('.countdown')?.textContent).toBe('overdue 0:05');
    expect(items[0]?.querySelector('.status')?.textContent).toBe('Breached');
    expect(items[1]?.querySelector('.countdown')).toBeNull();
  });
});
