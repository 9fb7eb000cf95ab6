import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { FormGroup } from '@angular/forms';
import { provideRouter } from '@angular/router';
import type { Me, ProcedureVersion, RegisterContext, Role, TriageSuggestions } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { of } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';
import { CreateEscalationPage } from './create-escalation.page';
import { TriageSuggestionsApi } from '../shared/triage-suggestions.api';
import { TRIAGE_DEBOUNCE_MS } from './triage-suggestions.store';

const procedure = {
  definition: {
    levels: [
      { level: 1, name: 'Service Desk' },
      { level: 2, name: 'Team Lead' },
      { level: 3, name: 'Specialist teams' },
      { level: 4, name: 'IT Management' },
    ],
    categories: ['network', 'database'],
    services: ['VPN', 'Payroll'],
    scenarios: [
      {
        id: 'database-outage',
        name: 'Database outage',
        category: 'database',
        entryLevel: 3,
        minimumSeverity: 'S1',
        extraContacts: [],
        notes: 'Go **straight** to the DBA.',
      },
    ],
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

const context: RegisterContext = {
  service: {
    id: 'b1c2d3e4-0000-4000-8000-000000000001',
    name: 'Payroll',
    criticality: 'critical',
    defaultSeverity: 'S1',
    owningTeamId: null,
    owningTeamName: 'Applications',
    description: '',
    inProcedure: true,
    rowVersion: 1,
    updatedAt: '2026-11-02T09:00:00.000Z',
  },
  guidelines: [],
  risks: [
    {
      id: 'b1c2d3e4-0000-4000-8000-000000000002',
      title: 'Provider misses the cut-off',
      description: '',
      likelihood: 2,
      impact: 4,
      score: 8,
      serviceId: 'b1c2d3e4-0000-4000-8000-000000000001',
      serviceName: 'Payroll',
      scenarioId: null,
      scenarioName: null,
      mitigation: 'Export two days early.',
      owner: 'Finance',
      status: 'open',
      reviewedAt: null,
      rowVersion: 1,
      updatedAt: '2026-11-02T09:00:00.000Z',
    },
  ],
};

function user(role: Role, levels: number[]): Me {
  return { id: '4a8e8c1e-3f59-4a4e-9d7a-0f0f3a3b2c1d', name: 'U', email: 'u@ladder.demo', role, teamId: null, levels };
}

function render(me: Me = user('agent', [1]), suggestions: TriageSuggestions | null = null) {
  const api = {
    create: jest.fn().mockReturnValue(of({ id: 'e1', number: 7 })),
    registerContext: jest.fn().mockReturnValue(of(context)),
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: EscalationsApi, useValue: api },
      { provide: TriageSuggestionsApi, useValue: { suggest: jest.fn().mockReturnValue(of(suggestions)) } },
      { provide: ReferenceStore, useValue: { procedure: signal(procedure), ensureLoaded: () => Promise.resolve() } },
      { provide: Notifier, useValue: { error: jest.fn(), info: jest.fn() } },
      { provide: SessionStore, useValue: { me: signal(me) } },
    ],
  });
  const fixture = TestBed.createComponent(CreateEscalationPage);
  fixture.detectChanges();
  const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
  const el = fixture.nativeElement as HTMLElement;
  const submit = () => el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  return { fixture, form, el, api, submit };
}

const labels = (el: HTMLElement) => Array.from(el.querySelectorAll('mat-label')).map((l) => l.textContent?.trim());

async function entryLevelOptions(fixture: ComponentFixture<CreateEscalationPage>): Promise<string[]> {
  const el = fixture.nativeElement as HTMLElement;
  const trigger = el.querySelectorAll<HTMLElement>('mat-select .mat-mdc-select-trigger')[4];
  trigger?.click();
  fixture.detectChanges();
  await fixture.whenStable();
  return Array.from(document.querySelectorAll('mat-option')).map((o) => o.textContent?.trim() ?? '');
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

  it('shows what the guidelines raise before any register answer: a database escalation opens at L3 as S1', () => {
    const { fixture, form, el, api } = render();
    form.patchValue({ category: 'database' });
    fixture.detectChanges();
    expect(api.registerContext).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid=computed-severity]')?.textContent).toContain('S1 Critical');
    expect(el.querySelector('[data-testid=resulting-opening]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Opens at L3 Specialist teams (matrix says S3; Database outage: opens at L3, at least S1)',
    );
  });

  it('asks the registers once category and service are chosen and shows the service, its floor and open risks', async () => {
    const { fixture, form, el, api } = render();
    form.patchValue({ category: 'network', affectedService: 'Payroll' });
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(api.registerContext).toHaveBeenCalledWith('network', 'Payroll');
    const panel = el.querySelector('[data-testid=register-context]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(panel).toContain('Payroll is a critical-criticality service');
    expect(panel).toContain('Provider misses the cut-off · score 8 (likelihood 2 × impact 4)');
    expect(el.querySelector('[data-testid=resulting-opening]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Opens at L1 Service Desk (matrix says S3; Payroll defaults to S1)',
    );
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

  it('fills the category from its suggestion and sends the suggestions shown with the create', async () => {
    const suggestion = (value: string, confidence: number) => ({ value, label: value, confidence, drivingWords: [] });
    const { fixture, form, el, api, submit } = render(user('agent', [1]), {
      category: suggestion('database', 0.8),
      affectedService: suggestion('Payroll', 0.6),
      team: null,
      severity: suggestion('S2', 0.4),
      trainedOn: 60,
      trainedAt: '2026-11-02T09:00:00.000Z',
    });
    form.patchValue({ title: 'Payroll reports time out', affectedService: 'VPN' });
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, TRIAGE_DEBOUNCE_MS + 20));
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('button[aria-label="Use database as category"]')?.click();
    submit();
    await fixture.whenStable();
    expect(api.create.mock.calls[0]?.[0]).toEqual({
      title: 'Payroll reports time out',
      description: '',
      category: 'database',
      affectedService: 'VPN',
      impact: 'medium',
      urgency: 'medium',
      stakeholders: [],
      triage: [
        { target: 'category', value: 'database', confidence: 0.8 },
        { target: 'affectedService', value: 'Payroll', confidence: 0.6 },
        { target: 'severity', value: 'S2', confidence: 0.4 },
      ],
    });
  });

  it('hides the entry level from an agent who works only L1', () => {
    const { el } = render(user('agent', [1]));
    expect(labels(el)).not.toContain('Entry level');
  });

  it('offers an L3 agent L1 and L3, named from the procedure, starting at L1', async () => {
    const { fixture, el, form } = render(user('agent', [3]));
    expect(labels(el)).toContain('Entry level');
    expect(form.getRawValue().level).toBe(1);
    expect(await entryLevelOptions(fixture)).toEqual(['L1 Service Desk', 'L3 Specialist teams']);
  });

  it('offers a manager every level and sends the chosen one', async () => {
    const { fixture, form, api, submit } = render(user('manager', []));
    expect(await entryLevelOptions(fixture)).toEqual([
      'L1 Service Desk',
      'L2 Team Lead',
      'L3 Specialist teams',
      'L4 IT Management',
    ]);
    form.patchValue({ title: 'ERP down', category: 'network', affectedService: 'VPN', level: 2 });
    submit();
    await fixture.whenStable();
    expect(api.create.mock.calls[0]?.[0]).toEqual({
      title: 'ERP down',
      description: '',
      category: 'network',
      affectedService: 'VPN',
      impact: 'medium',
      urgency: 'medium',
      stakeholders: [],
      level: 2,
    });
  });
});
