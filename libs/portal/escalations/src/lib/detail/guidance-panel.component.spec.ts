import { TestBed } from '@angular/core/testing';
import type { EscalationGuidance } from '@ladder/contracts';
import { GuidancePanelComponent, guidelineRaises } from './guidance-panel.component';

const payroll: EscalationGuidance = {
  id: 'payroll-run',
  name: 'Payroll at risk',
  minimumSeverity: 'S2',
  notes: 'People’s pay is at stake: **at least S2**.',
  extraContacts: [
    {
      name: 'Payroll provider',
      role: 'Vendor support desk',
      channel: 'email',
      address: 'support@payroll.test',
      whenToReachOut: 'Any Payroll escalation.',
      notify: {},
    },
  ],
};
const database: EscalationGuidance = {
  id: 'database-outage',
  name: 'Database outage',
  entryLevel: 3,
  minimumSeverity: 'S2',
  notes: '',
  extraContacts: [],
};

describe('guidelineRaises', () => {
  it('says what a guideline raises, or null', () => {
    expect(guidelineRaises(database)).toBe('Enters at L3 · at least S2');
    expect(guidelineRaises({ minimumSeverity: 'S1' })).toBe('At least S1');
    expect(guidelineRaises({ entryLevel: 2 })).toBe('Enters at L2');
    expect(guidelineRaises({})).toBeNull();
  });
});

describe('GuidancePanelComponent', () => {
  it('shows each guideline with its heading, raises, rendered notes and extra contacts', async () => {
    const fixture = TestBed.createComponent(GuidancePanelComponent);
    fixture.componentRef.setInput('guidance', [database, payroll]);
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect([...element.querySelectorAll('h3')].map((h) => h.textContent?.trim())).toEqual([
      'Database outage',
      'Payroll at risk',
    ]);
    expect([...element.querySelectorAll('.raises')].map((p) => p.textContent?.trim())).toEqual([
      'Enters at L3 · at least S2',
      'At least S2',
    ]);
    expect(element.querySelector('ladder-markdown strong')?.textContent).toBe('at least S2');
    expect(element.querySelector('ladder-contact-list')?.textContent).toContain('Ladder notifies them automatically.');
  });
});
