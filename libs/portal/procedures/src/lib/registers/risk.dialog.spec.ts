import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { RiskInput } from '@ladder/contracts';
import { fromDateInput, RiskDialog, toDateInput, type RiskDialogData } from './risk.dialog';

const typed: RiskInput = {
  title: 'Provider misses the cut-off',
  description: '',
  likelihood: 2,
  impact: 4,
  serviceId: null,
  scenarioId: 'payroll-run',
  mitigation: 'Export early.',
  owner: 'Finance',
  status: 'open',
  reviewedAt: '2026-10-01T00:00:00.000Z',
};

function render(data: Partial<RiskDialogData>) {
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MatDialogRef, useValue: { close } },
      {
        provide: MAT_DIALOG_DATA,
        useValue: {
          heading: 'Edit risk',
          value: typed,
          problem: null,
          services: [],
          scenarios: [{ id: 'payroll-run', name: 'Payroll at risk' }],
          ...data,
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(RiskDialog);
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement, close };
}

describe('RiskDialog', () => {
  it('converts review dates between the API and a date input', () => {
    expect(toDateInput('2026-10-01T00:00:00.000Z')).toBe('2026-10-01');
    expect(toDateInput(null)).toBe('');
    expect(fromDateInput('2026-10-01')).toBe('2026-10-01T00:00:00.000Z');
    expect(fromDateInput('')).toBeNull();
  });

  it('shows why the last save failed above the fields it kept, and the field the API named', () => {
    const problem = { message: 'Someone changed this risk while you were editing.', fields: { owner: 'too long' } };
    const { el } = render({ problem });
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(problem.message);
    expect(el.querySelector<HTMLInputElement>('input[formcontrolname=title]')?.value).toBe(typed.title);
    expect(el.querySelector<HTMLInputElement>('input[type=date]')?.value).toBe('2026-10-01');
    expect(Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim())).toEqual(['too long']);
  });

  it('closes with what was typed, and not while a required field is empty', () => {
    const { fixture, el, close } = render({});
    const submit = () => el.querySelector('form')?.dispatchEvent(new Event('submit'));
    submit();
    expect(close).toHaveBeenCalledWith(typed);
    const title = el.querySelector<HTMLInputElement>('input[formcontrolname=title]');
    if (title) {
      title.value = '  ';
      title.dispatchEvent(new Event('input'));
    }
    close.mockClear();
    submit();
    fixture.detectChanges();
    expect(close).not.toHaveBeenCalled();
  });
});
