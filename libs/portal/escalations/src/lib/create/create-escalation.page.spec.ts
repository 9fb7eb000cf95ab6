import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { FormGroup } from '@angular/forms';
import { provideRouter } from '@angular/router';
import type { ProcedureVersion } from '@ladder/contracts';
import { Notifier, ReferenceStore } from '@ladder/portal/core';
import { of } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';
import { CreateEscalationPage } from './create-escalation.page';

const procedure = {
  definition: {
    categories: ['network'],
    services: ['VPN'],
    matrix: {
      high: { high: 'S1', medium: 'S2', low: 'S3' },
      medium: { high: 'S2', medium: 'S3', low: 'S3' },
      low: { high: 'S3', medium: 'S4', low: 'S4' },
    },
    severities: [
      {
        severity: 'S1',
        label: 'Critical',
        responseMinutes: 15,
        resolutionMinutes: 240,
        updateCadenceMinutes: 30,
        calendar: '24x7',
      },
      {
        severity: 'S3',
        label: 'Medium',
        responseMinutes: 240,
        resolutionMinutes: 2880,
        updateCadenceMinutes: 480,
        calendar: 'business-hours',
      },
    ],
  },
} as unknown as ProcedureVersion;

function render() {
  const api = { create: jest.fn().mockReturnValue(of({ id: 'e1', number: 7 })) };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: EscalationsApi, useValue: api },
      { provide: ReferenceStore, useValue: { procedure: signal(procedure), ensureLoaded: () => Promise.resolve() } },
      { provide: Notifier, useValue: { error: jest.fn(), info: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(CreateEscalationPage);
  fixture.detectChanges();
  const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
  const el = fixture.nativeElement as HTMLElement;
  const submit = () => el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  return { fixture, form, el, api, submit };
}

describe('CreateEscalationPage', () => {
  it('shows the severity the matrix gives as impact and urgency change', () => {
    const { fixture, form, el } = render();
    expect(el.querySelector('[data-testid=computed-severity]')?.textContent).toContain('S3 Medium');
    form.patchValue({ impact: 'high', urgency: 'high' });
    fixture.detectChanges();
    const severity = el.querySelector('[data-testid=computed-severity]')?.textContent ?? '';
    expect(severity).toContain('S1 Critical');
    expect(severity).toContain('respond within 15m, resolve within 4h');
  });

  it('explains missing fields next to them instead of sending', () => {
    const { fixture, el, api, submit } = render();
    submit();
    fixture.detectChanges();
    const errors = Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Required', 'Required', 'Required']);
    expect(api.create).not.toHaveBeenCalled();
  });

  it('sends one Idempotency-Key for a repeated submission of the same form', async () => {
    const { fixture, form, api, submit } = render();
    form.patchValue({ title: 'VPN down', category: 'network', affectedService: 'VPN' });
    submit();
    await fixture.whenStable();
    submit();
    await fixture.whenStable();
    expect(api.create).toHaveBeenCalledTimes(2);
    const [first, second] = api.create.mock.calls as [unknown, string][][];
    expect(first?.[0]).toEqual({
      title: 'VPN down',
      description: '',
      category: 'network',
      affectedService: 'VPN',
      impact: 'medium',
      urgency: 'medium',
      stakeholders: [],
    });
    expect(first?.[1]).toEqual(second?.[1]);
  });
});
