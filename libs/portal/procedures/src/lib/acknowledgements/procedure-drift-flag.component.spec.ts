import { TestBed } from '@angular/core/testing';
import type { ProcedureDrift } from '@ladder/contracts';
import { ProcedureDriftFlagComponent } from './procedure-drift-flag.component';

const drift: ProcedureDrift = {
  flaggedAt: '2026-03-17T12:00:00.000Z',
  baseline: { from: '2026-01-05T12:00:00.000Z', to: '2026-02-02T12:00:00.000Z' },
  current: { from: '2026-02-17T12:00:00.000Z', to: '2026-03-17T12:00:00.000Z' },
  findings: [
    {
      measure: 'resolution-breach-rate',
      level: null,
      baseline: 0.1,
      current: 0.16,
      change: 6,
      baselineCount: 40,
      currentCount: 50,
    },
    { measure: 'level-p90', level: 1, baseline: 1086, current: 2172, change: 100, baselineCount: 20, currentCount: 20 },
  ],
};

describe('ProcedureDriftFlagComponent', () => {
  function render(value: ProcedureDrift | null) {
    const fixture = TestBed.createComponent(ProcedureDriftFlagComponent);
    fixture.componentRef.setInput('drift', value);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('says the version is flagged for early review and why, in words', () => {
    const element = render(drift);
    expect(element.querySelector('h2')?.textContent).toBe('Flagged for early review');
    expect(Array.from(element.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'resolution breach rate 10.0 % → 16.0 % (+6.0 points; 40 and 50 escalations)',
      'p90 time at L1 18 min → 36 min (+100 %; 20 and 20 stays)',
    ]);
    expect(element.textContent).toContain('On 17 Mar 2026');
  });

  it('shows nothing for a version that is not flagged', () => {
    expect(render(null).textContent?.trim()).toBe('');
  });
});
