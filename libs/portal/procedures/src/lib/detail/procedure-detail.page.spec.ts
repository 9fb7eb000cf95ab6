import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Me, ProcedureVersionDetail } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { AUTHOR_ID, detail } from '../shared/procedure.fixture';
import { AcknowledgementsApi } from '../acknowledgements/acknowledgements.api';
import { ProceduresApi } from '../shared/procedures.api';
import { ProcedureDetailPage } from './procedure-detail.page';

const OTHER_ID = '00000000-0000-4000-8000-0000000000b2';

describe('ProcedureDetailPage', () => {
  const notifier = { info: jest.fn(), error: jest.fn() };
  const reference = { refresh: jest.fn(() => Promise.resolve()) };

  async function render(
    version: ProcedureVersionDetail,
    me: Pick<Me, 'id' | 'role'>,
    api: Partial<ProceduresApi> = {},
  ) {
    notifier.info.mockClear();
    notifier.error.mockClear();
    reference.refresh.mockClear();
    const stub = {
      get: jest.fn(() => of(version)),
      current: jest.fn(() => of({ ...detail({ id: 'current', status: 'published' }) })),
      list: jest.fn(() => of([])),
      step: jest.fn(),
      ...api,
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ProceduresApi, useValue: stub },
        // The acknowledgement panel has specs of its own; here a user with nothing to acknowledge.
        { provide: AcknowledgementsApi, useValue: { mine: () => of({ required: false, acknowledgedAt: null }) } },
        { provide: Notifier, useValue: notifier },
        {
          provide: ReferenceStore,
          useValue: { teams: signal([]), ensureLoaded: () => Promise.resolve(), refresh: reference.refresh },
        },
        {
          provide: SessionStore,
          useValue: { me: signal(me), hasRole: (roles: readonly string[]) => roles.includes(me.role) },
        },
      ],
    });
    const fixture = TestBed.createComponent(ProcedureDetailPage);
    fixture.componentRef.setInput('id', version.id);
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement, api: stub };
  }

  async function settle(fixture: ComponentFixture<unknown>) {
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const button = (el: HTMLElement, name: string) =>
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);

  it('lets the author submit a draft for review and shows its new status', async () => {
    const draft = detail({ status: 'draft' });
    const { fixture, el, api } = await render(draft, { id: AUTHOR_ID, role: 'process_owner' });
    api.step.mockReturnValue(of({ ...draft, status: 'in-review', rowVersion: 2 }));

    button(el, 'Submit for review')?.click();
    await settle(fixture);

    expect(api.step).toHaveBeenCalledWith(draft.id, 'submit');
    expect(notifier.info).toHaveBeenCalledWith('Submitted for review');
    expect(el.querySelector('ladder-procedure-status-chip')?.textContent).toBe('In review');
    expect(button(el, 'Submit for review')).toBeUndefined();
  });

  it('approving publishes, and the forms read the current procedure again', async () => {
    const inReview = detail({ status: 'in-review' });
    const { fixture, el, api } = await render(inReview, { id: OTHER_ID, role: 'manager' });
    api.step.mockReturnValue(of({ ...inReview, status: 'published', rowVersion: 3 }));

    button(el, 'Approve and publish')?.click();
    await settle(fixture);

    expect(el.querySelector('ladder-procedure-status-chip')?.textContent).toBe('Published');
    expect(reference.refresh).toHaveBeenCalledTimes(1);
  });

  it('shows the author the approve button disabled and says why', async () => {
    const { el } = await render(detail({ status: 'in-review' }), { id: AUTHOR_ID, role: 'process_owner' });
    const approve = button(el, 'Approve and publish');
    expect(approve?.disabled).toBe(true);
    expect(el.querySelector(`#${approve?.getAttribute('aria-describedby') ?? 'none'}`)?.textContent?.trim()).toBe(
      'You wrote this version, so someone else approves it: another process owner, a manager or an admin.',
    );
    expect(button(el, 'What-if replay')).toBeDefined();
  });

  it('on a conflict reads the version again and says what happened', async () => {
    const inReview = detail({ status: 'in-review' });
    const published = { ...inReview, status: 'published' as const, rowVersion: 3 };
    const conflict = new HttpErrorResponse({
      status: 409,
      error: {
        code: 'illegal_transition',
        message: 'cannot approve and publish a procedure version that is published',
        correlationId: 'c1',
      },
    });
    const get = jest.fn().mockReturnValueOnce(of(inReview)).mockReturnValue(of(published));
    const { fixture, el, api } = await render(
      inReview,
      { id: OTHER_ID, role: 'manager' },
      { get, step: jest.fn(() => throwError(() => conflict)) },
    );

    button(el, 'Approve and publish')?.click();
    await settle(fixture);

    expect(api.step).toHaveBeenCalledWith(inReview.id, 'approve');
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Not done: cannot approve and publish a procedure version that is published. ' +
        'The version has been reloaded with its latest state: check it first.',
    );
    expect(el.querySelector('ladder-procedure-status-chip')?.textContent).toBe('Published');
    expect(notifier.error).not.toHaveBeenCalled();
    expect(reference.refresh).not.toHaveBeenCalled();
  });

  it('gives an agent a read view without lifecycle buttons or the replay', async () => {
    const { el } = await render(detail({ status: 'published' }), { id: OTHER_ID, role: 'agent' });
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('v2 · Faster hand-offs');
    expect(el.querySelectorAll('.lifecycle button')).toHaveLength(0);
    expect(button(el, 'What-if replay')).toBeUndefined();
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent?.trim())).toContain('Levels');
  });
});
