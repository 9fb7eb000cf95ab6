import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { Risk, Role } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { RegistersStore } from './registers.store';
import { RiskRegisterPage } from './risk-register.page';

const risk = (title: string, likelihood: number, impact: number, status: Risk['status'] = 'open') =>
  ({
    id: title,
    title,
    likelihood,
    impact,
    score: likelihood * impact,
    status,
    mitigation: '',
    reviewedAt: null,
  }) as Risk;

function render(role: Role) {
  const store = {
    services: signal([]),
    risks: signal([risk('Failover', 2, 5), risk('Phishing', 5, 4), risk('Certificate', 3, 4, 'mitigated')]),
    loading: signal(false),
    loaded: signal(true),
    load: jest.fn().mockResolvedValue(undefined),
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: MatDialog, useValue: { open: jest.fn() } },
      { provide: Notifier, useValue: { error: jest.fn() } },
      {
        provide: SessionStore,
        useValue: { me: signal(null), hasRole: (roles: readonly Role[]) => roles.includes(role) },
      },
      { provide: ReferenceStore, useValue: { procedure: signal(null), ensureLoaded: () => Promise.resolve() } },
    ],
  });
  TestBed.overrideComponent(RiskRegisterPage, { set: { providers: [{ provide: RegistersStore, useValue: store }] } });
  const fixture = TestBed.createComponent(RiskRegisterPage);
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

const titles = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('tr.mat-mdc-row td.mat-column-title strong')).map((s) => s.textContent);

describe('RiskRegisterPage', () => {
  it('lists risks highest score first and re-sorts by a column header', () => {
    const { fixture, el } = render('agent');
    expect(titles(el)).toEqual(['Phishing', 'Certificate', 'Failover']);
    el.querySelector<HTMLElement>('th.mat-column-title .mat-sort-header-container')?.click();
    fixture.detectChanges();
    expect(titles(el)).toEqual(['Certificate', 'Failover', 'Phishing']);
    expect(el.textContent).not.toContain('Add risk');
  });

  it('counts open risks on the heat grid cell of their likelihood and impact', () => {
    const { el } = render('process_owner');
    const filled = Array.from(el.querySelectorAll('ladder-risk-heat-grid td'))
      .filter((td) => td.textContent?.trim())
      .map((td) => td.getAttribute('aria-label'));
    expect(filled).toEqual([
      'Likelihood 5, impact 4, score 20: 1 open risk',
      'Likelihood 2, impact 5, score 10: 1 open risk',
    ]);
    expect(el.textContent).toContain('Add risk');
  });
});
