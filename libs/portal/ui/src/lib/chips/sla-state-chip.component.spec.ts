import { TestBed } from '@angular/core/testing';
import { SlaStateChipComponent } from './sla-state-chip.component';

describe('SlaStateChipComponent', () => {
  it.each([
    ['warning', 'SLA warning', 'sla-warning'],
    ['breached', 'SLA breached', 'sla-breached'],
    ['paused', 'Clocks paused', 'sla-paused'],
  ] as const)('shows %s as %p', (state, text, cssClass) => {
    const fixture = TestBed.createComponent(SlaStateChipComponent);
    fixture.componentRef.setInput('state', state);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent?.trim()).toBe(text);
    expect(el.classList.contains(cssClass)).toBe(true);
  });
});
