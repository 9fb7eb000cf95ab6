import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Clock } from './clock';
import { DueTimeComponent } from './due-time.component';

describe('DueTimeComponent', () => {
  function render(dueAt: string, stopped = false) {
    TestBed.configureTestingModule({
      providers: [{ provide: Clock, useValue: { now: signal(Date.parse('2026-11-26T12:00:00Z')) } }],
    });
    const fixture = TestBed.createComponent(DueTimeComponent);
    fixture.componentRef.setInput('dueAt', dueAt);
    fixture.componentRef.setInput('stopped', stopped);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('highlights an overdue deadline', () => {
    const el = render('2026-11-26T11:00:00Z');
    expect(el.textContent?.trim()).toBe('overdue by 1h');
    expect(el.classList.contains('overdue')).toBe(true);
  });

  it('does not highlight once the clock has stopped', () => {
    const el = render('2026-11-26T11:00:00Z', true);
    expect(el.classList.contains('overdue')).toBe(false);
    expect(el.textContent).not.toContain('overdue');
  });
});
