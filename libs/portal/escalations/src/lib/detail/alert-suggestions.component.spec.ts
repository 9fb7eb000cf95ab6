import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TriageSuggestions } from '@ladder/contracts';
import { AlertSuggestionsComponent, type SuggestedFor } from './alert-suggestions.component';

const escalation: SuggestedFor = {
  title: 'HighErrorRate: checkout returns 502',
  description: 'Error rate above 5 % on the checkout database pool',
  category: 'application',
  affectedService: 'Checkout',
  teamId: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
  teamName: 'Service Desk',
  severity: 'S2',
};
const SUGGESTIONS: TriageSuggestions = {
  category: { value: 'database', label: 'database', confidence: 0.914, drivingWords: ['database', 'pool'] },
  affectedService: { value: 'Checkout', label: 'Checkout', confidence: 0.72, drivingWords: ['checkout'] },
  team: { value: '5a4d3c2b-1a09-4c1b-9e7f-0b6c3f4e8d2a', label: 'DBA', confidence: 0.6, drivingWords: [] },
  severity: null,
  trainedOn: 120,
  trainedAt: '2026-11-02T09:00:00.000Z',
};
const UNTRAINED: TriageSuggestions = {
  category: null,
  affectedService: null,
  team: null,
  severity: null,
  trainedOn: 3,
  trainedAt: null,
};

describe('AlertSuggestionsComponent', () => {
  function render() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(AlertSuggestionsComponent);
    fixture.componentRef.setInput('escalation', escalation);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const request = http.expectOne('/api/triage/suggestions');
    const el = fixture.nativeElement as HTMLElement;
    const text = (selector: string) =>
      [...el.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, http, request, el, text, settle };
  }

  it('asks for the escalation text and shows each suggestion against what routing chose', async () => {
    const { request, el, text, settle } = render();
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ title: escalation.title, description: escalation.description });
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Loading suggestions');
    request.flush(SUGGESTIONS);
    await settle();
    expect(el.querySelector('mat-progress-bar')).toBeNull();
    expect(text('mat-card-subtitle')).toEqual(['Learned from 120 resolved escalations']);
    expect(text('li')).toEqual([
      'Category: database 91 % sure · because of “database”, “pool” Routing put it in application; its text suggests database.',
      'Affected service: Checkout 72 % sure · because of “checkout” Routing agrees.',
      'Usually resolved by: DBA 60 % sure Routing put it in Service Desk; its text suggests DBA.',
    ]);
  });

  it('asks again when the text changes, not when the escalation is merely read again', async () => {
    const { fixture, http, request, settle } = render();
    request.flush(SUGGESTIONS);
    await settle();
    fixture.componentRef.setInput('escalation', { ...escalation, severity: 'S1' });
    fixture.detectChanges();
    http.expectNone('/api/triage/suggestions');
    fixture.componentRef.setInput('escalation', { ...escalation, title: 'HighLatency: checkout slow' });
    fixture.detectChanges();
    expect(http.expectOne('/api/triage/suggestions').request.body).toEqual({
      title: 'HighLatency: checkout slow',
      description: escalation.description,
    });
  });

  it('says so when the model has too little to learn from', async () => {
    const { request, el, text, settle } = render();
    request.flush(UNTRAINED);
    await settle();
    expect(el.querySelector('mat-card-subtitle')).toBeNull();
    expect(text('li')).toEqual([
      'No suggestions yet: the triage model learns from resolved escalations and has too few to go on (3 so far).',
    ]);
  });

  it('puts an error into words', async () => {
    const { request, el, text, settle } = render();
    request.flush(
      { code: 'internal', message: 'the model is being retrained', correlationId: 'c-1' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();
    expect(text('[role="alert"]')).toEqual(['Suggestions could not be loaded. the model is being retrained']);
    expect(el.querySelector('li')).toBeNull();
  });
});
