import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyProcedureAcknowledgement, Role } from '@ladder/contracts';
import { Notifier, SessionStore } from '@ladder/portal/core';
import { ProcedureAcknowledgementComponent } from './procedure-acknowledgement.component';

const ID = '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b';
const pending: MyProcedureAcknowledgement = {
  procedureVersionId: ID,
  version: 2,
  required: true,
  acknowledgedAt: null,
};

describe('ProcedureAcknowledgementComponent', () => {
  function render(role: Role) {
    const roleSignal = signal(role);
    const session = { role: roleSignal, hasRole: (roles: readonly Role[]) => roles.includes(roleSignal()) };
    const notifier = { info: jest.fn(), error: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: session },
        { provide: Notifier, useValue: notifier },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProcedureAcknowledgementComponent);
    fixture.componentRef.setInput('versionId', ID);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, http, element, notifier, settle };
  }

  it('lets an agent who has not acknowledged confirm with "Read and understood", then says when', async () => {
    const { http, element, notifier, settle } = render('agent');
    http.expectOne(`/api/procedures/${ID}/acknowledgement`).flush(pending);
    await settle();
    const button = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Read and understood',
    );
    expect(button).toBeDefined();
    expect(element.querySelector('a')).toBeNull();

    button?.click();
    const request = http.expectOne(`/api/procedures/${ID}/acknowledge`);
    expect(request.request.method).toBe('POST');
    request.flush({ ...pending, acknowledgedAt: '2026-03-02T10:30:00.000Z' });
    await settle();
    expect(element.textContent).toContain('You acknowledged v2 on');
    expect(element.textContent).not.toContain('Read and understood');
    expect(notifier.info).toHaveBeenCalledWith('Thank you: procedure v2 acknowledged');
  });

  it('shows a manager who acknowledged when, and the link to the per-team page', async () => {
    const { http, element, settle } = render('manager');
    http
      .expectOne(`/api/procedures/${ID}/acknowledgement`)
      .flush({ ...pending, acknowledgedAt: '2026-03-03T08:00:00.000Z' });
    await settle();
    expect(element.querySelector('button')).toBeNull();
    const link = element.querySelector('a');
    expect(link?.textContent?.trim()).toBe('Acknowledgements per team');
    expect(link?.getAttribute('href')).toBe(`/procedure/${ID}/acknowledgements`);
  });

  it('offers no button to a process owner, who need not acknowledge', async () => {
    const { http, element, settle } = render('process_owner');
    http.expectOne(`/api/procedures/${ID}/acknowledgement`).flush({ ...pending, required: false });
    await settle();
    expect(element.querySelector('button')).toBeNull();
  });

  it('tells the user in words when acknowledging fails', async () => {
    const { http, element, notifier, settle } = render('agent');
    http.expectOne(`/api/procedures/${ID}/acknowledgement`).flush(pending);
    await settle();
    element.querySelector('button')?.click();
    http.expectOne(`/api/procedures/${ID}/acknowledge`).flush(
      {
        code: 'illegal_transition',
        message: 'only a published procedure version is acknowledged',
        correlationId: 'c1',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(notifier.error).toHaveBeenCalledTimes(1);
    expect(element.querySelector('button')?.disabled).toBe(false);
  });
});
