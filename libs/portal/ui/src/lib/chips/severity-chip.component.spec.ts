import { TestBed } from '@angular/core/testing';
import { SeverityChipComponent } from './severity-chip.component';

describe('SeverityChipComponent', () => {
  it('names the severity and styles it by level', () => {
    const fixture = TestBed.createComponent(SeverityChipComponent);
    fixture.componentRef.setInput('severity', 'S1');
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent?.trim()).toBe('S1 Critical');
    expect(el.classList.contains('sev-s1')).toBe(true);
    expect(el.classList.contains('ladder-chip')).toBe(true);
  });
});
