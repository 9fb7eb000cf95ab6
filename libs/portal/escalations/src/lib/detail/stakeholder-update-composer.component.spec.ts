import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EscalationStore } from './escalation.store';
import type { ClockView } from './sla-clock-view';
import { StakeholderUpdateComposerComponent } from './stakeholder-update-composer.component';

describe('StakeholderUpdateComposerComponent', () => {
  const act = jest.fn();

  function render(cadence: ClockView | null) {
    act.mockReset();
    TestBed.configureTestingModule({
      providers: [{ provide: EscalationStore, useValue: { act, busy: signal(false) } }],
    });
    const fixture = TestBed.createComponent(StakeholderUpdateComposerComponent);
    fixture.componentRef.setInput('cadence', cadence);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const textarea = el.querySelector('textarea');
    const form = el.querySelector('form');
    if (!textarea || !form) throw new Error('no form');
    const type = (text: string) => {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
      await fixture.whenStable();
    };
    return { el, textarea, type, submit };
  }

  const cadence: ClockView = {
    kind: 'updateCadence',
    label: 'Stakeholder update',
    tone: 'warning',
    status: 'Warning',
    countdown: '4:10 left',
    dueAt: '2026-11-26T12:30:00.000Z',
  };

  it('shows when the next update is due', () => {
    const { el } = render(cadence);
    expect(el.querySelector('[data-testid=next-update]')?.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      /^Next update: 4:10 left · due Nov 26, \d\d:30$/,
    );
    expect(el.querySelector('[data-testid=next-update]')?.classList.contains('tone-warning')).toBe(true);
  });

  it('posts the trimmed text as a stakeholder update and clears it once sent', async () => {
    const { el, textarea, type, submit } = render(null);
    act.mockResolvedValue('done');
    type('  Engineers are replacing the line card. ');
    await submit();
    expect(act).toHaveBeenCalledWith('stakeholder-update', { body: 'Engineers are replacing the line card.' });
    expect(textarea.value).toBe('');
    expect(el.querySelector('mat-error')).toBeNull();
  });

  it('keeps the text when the update could not be posted', async () => {
    const { textarea, type, submit } = render(null);
    act.mockResolvedValue('failed');
    type('Still on it');
    await submit();
    expect(textarea.value).toBe('Still on it');
  });

  it('posts nothing blank', async () => {
    const { type, submit } = render(null);
    type('   ');
    await submit();
    expect(act).not.toHaveBeenCalled();
  });
});
