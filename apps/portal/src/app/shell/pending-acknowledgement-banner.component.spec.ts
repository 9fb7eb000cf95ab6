import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { PendingAcknowledgement, Role } from '@ladder/contracts';
import { SessionStore } from '@ladder/portal/core';
import { PendingAcknowledgementBannerComponent } from './pending-acknowledgement-banner.component';

const ID = '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b';
const PENDING: PendingAcknowledgement = {
  procedureVersionId: ID,
  version: 2,
  name: 'Quicker L1',
  publishedAt: '2026-03-02T09:00:00.000Z',
};

@Component({ template: '' })
class BlankPage {}

describe('PendingAcknowledgementBannerComponent', () => {
  function render(role: Role) {
    const me = signal({ id: `${role}-id`, role });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: BlankPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { me } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PendingAcknowledgementBannerComponent);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    /** Navigates and lets the banner react; its reload, if any, is then waiting to be answered. */
    const navigate = async (url: string) => {
      await TestBed.inject(Router).navigateByUrl(url);
      fixture.detectChanges();
    };
    return { http, element, settle, navigate };
  }

  it('asks an agent to read the newest version they have not acknowledged, linking to it', async () => {
    const { http, element, settle } = render('agent');
    http.expectOne('/api/me/pending-acknowledgements').flush([PENDING]);
    await settle();
    expect(element.querySelector('p')?.textContent?.trim()).toBe(
      'Procedure v2 was published on 2 Mar 2026. Read it and confirm.',
    );
    expect(element.querySelector('a')?.getAttribute('href')).toBe(`/procedure/${ID}`);
  });

  it('hides on the version page itself, and is gone after the next navigation once acknowledged', async () => {
    const { http, element, settle, navigate } = render('manager');
    http.expectOne('/api/me/pending-acknowledgements').flush([PENDING]);
    await settle();
    await navigate(`/procedure/${ID}`);
    http.expectOne('/api/me/pending-acknowledgements').flush([PENDING]);
    await settle();
    expect(element.textContent?.trim()).toBe('');

    await navigate('/escalations');
    http.expectOne('/api/me/pending-acknowledgements').flush([]);
    await settle();
    expect(element.textContent?.trim()).toBe('');
    await navigate('/reports');
    http.expectNone('/api/me/pending-acknowledgements');
  });

  it('asks once for a user with nothing to acknowledge, e.g. a process owner', async () => {
    const { http, element, settle, navigate } = render('process_owner');
    http.expectOne('/api/me/pending-acknowledgements').flush([]);
    await settle();
    expect(element.textContent?.trim()).toBe('');
    await navigate('/reports');
    http.expectNone('/api/me/pending-acknowledgements');
  });
});
