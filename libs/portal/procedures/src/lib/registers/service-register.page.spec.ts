import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { CriticalService, CriticalServiceInput, Risk, Role } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { of } from 'rxjs';
import type { SaveOutcome } from './register-editing';
import { RegistersStore } from './registers.store';
import { ServiceRegisterPage } from './service-register.page';
import type { ServiceDialogData } from './service.dialog';

const payroll: CriticalService = {
  id: 'b1c2d3e4-0000-4000-8000-000000000001',
  name: 'Payroll',
  criticality: 'critical',
  defaultSeverity: 'S2',
  owningTeamId: null,
  owningTeamName: 'Applications',
  description: 'Pays everyone.',
  inProcedure: true,
  rowVersion: 3,
  updatedAt: '2026-11-02T09:00:00.000Z',
};
const openRisk = { id: 'r1', serviceId: payroll.id, status: 'open' } as Risk;
const mitigated = { id: 'r2', serviceId: payroll.id, status: 'mitigated' } as Risk;

function render(role: Role, outcomes: SaveOutcome[] = []) {
  const store = {
    services: signal([payroll]),
    risks: signal([openRisk, mitigated]),
    loading: signal(false),
    loaded: signal(true),
    load: jest.fn().mockResolvedValue(undefined),
    saveService: jest.fn(
      async (_id: string | null, _value: CriticalServiceInput) => outcomes.shift() ?? { saved: true },
    ),
    removeService: jest.fn(),
  };
  const opened: ServiceDialogData[] = [];
  const typed: CriticalServiceInput = { ...payroll, defaultSeverity: 'S1', description: 'Typed by me' };
  const dialog = {
    open: jest.fn((_component: unknown, config: { data: ServiceDialogData }) => {
      opened.push(config.data);
      return { afterClosed: () => of(typed) };
    }),
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: MatDialog, useValue: dialog },
      { provide: Notifier, useValue: { error: jest.fn(), info: jest.fn() } },
      { provide: SessionStore, useValue: { hasRole: (roles: readonly Role[]) => roles.includes(role) } },
      {
        provide: ReferenceStore,
        useValue: {
          procedure: signal({ definition: { services: ['Payroll', 'VPN'] } }),
          teams: signal([]),
          ensureLoaded: () => Promise.resolve(),
        },
      },
    ],
  });
  TestBed.overrideComponent(ServiceRegisterPage, {
    set: { providers: [{ provide: RegistersStore, useValue: store }] },
  });
  const fixture = TestBed.createComponent(ServiceRegisterPage);
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement, store, opened, typed };
}

const cells = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('tr.mat-mdc-row td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim());

describe('ServiceRegisterPage', () => {
  it('lists entries with criticality, default severity, team and open risks; read-only for an agent', () => {
    const { el } = render('agent');
    expect(cells(el)).toEqual(['Payroll', 'Critical', 'S2 High', 'Applications', '1', 'Pays everyone.']);
    expect(el.textContent).not.toContain('Add service');
  });

  it('reopens the edit with what was typed and the reason after a 409, then saves on the base of the reload', async () => {
    const problem = { message: 'Someone changed this critical service while you were editing.', fields: {} };
    const { fixture, el, store, opened, typed } = render('process_owner', [
      { saved: false, retry: true, problem },
      { saved: true },
    ]);
    expect(el.textContent).toContain('Add service');
    el.querySelector<HTMLButtonElement>('button[aria-label="Edit Payroll"]')?.click();
    await fixture.whenStable();
    expect(opened.map((d) => [d.heading, d.value.description, d.problem?.message ?? null])).toEqual([
      ['Edit Payroll', 'Pays everyone.', null],
      ['Edit Payroll', 'Typed by me', problem.message],
    ]);
    expect(store.saveService.mock.calls).toEqual([
      [payroll.id, typed],
      [payroll.id, typed],
    ]);
  });
});
