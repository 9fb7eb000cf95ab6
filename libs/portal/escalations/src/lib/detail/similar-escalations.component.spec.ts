import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SimilarEscalation } from '@ladder/contracts';
import { SimilarEscalationsComponent, similarityReason } from './similar-escalations.component';

const tunnel: SimilarEscalation = {
  id: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
  number: 1042,
  title: 'VPN tunnel drops for remote staff',
  category: 'network',
  affectedService: 'VPN',
  severity: 'S2',
  resolvedAt: '2026-11-02T11:30:00.000Z',
  resolutionSummary: 'Raised the idle timeout on the VPN concentrator',
  resolvedAtLevel: 2,
  timeToResolveMinutes: 150,
  score: 0.409,
  why: { matchingWords: ['vpn', 'drops', 'remote'], sameCategory: true, sameService: true },
};
const printer: SimilarEscalation = {
  ...tunnel,
  id: '5a4d3c2b-1a09-4c1b-9e7f-0b6c3f4e8d2a',
  number: 977,
  title: 'Printer on floor 3 jams',
  category: 'hardware',
  affectedService: 'Printing',
  resolutionSummary: null,
  resolvedAtLevel: 1,
  timeToResolveMinutes: 45,
  score: 0.014,
  why: { matchingWords: [], sameCategory: false, sameService: false },
};

describe('similarityReason', () => {
  it('names the matching words, what else is shared and the score as a percentage', () => {
    expect(similarityReason(tunnel)).toBe(
      'Matching words: vpn, drops, remote · same category · same service · 41 % alike',
    );
    expect(similarityReason(printer)).toBe('Similar title · 1 % alike');
  });
});

describe('SimilarEscalationsComponent', () => {
  function render() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(SimilarEscalationsComponent);
    fixture.componentRef.setInput('escalationId', 'e1');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const request = http.expectOne('/api/escalations/e1/similar?limit=5');
    return { fixture, http, request, element: fixture.nativeElement as HTMLElement };
  }

  async function settle(fixture: ReturnType<typeof render>['fixture']) {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  it('shows a progress bar while loading, then each escalation linked, with how it was resolved and why', async () => {
    const { fixture, request, element } = render();
    expect(element.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Loading similar escalations');
    request.flush([tunnel, printer]);
    await settle(fixture);
    expect(element.querySelector('h2')?.textContent).toBe('Similar resolved escalations');
    expect(element.querySelector('mat-progress-bar')).toBeNull();
    const links = [...element.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['ESC-1042 · VPN tunnel drops for remote staff', `/escalations/${tunnel.id}`],
      ['ESC-977 · Printer on floor 3 jams', `/escalations/${printer.id}`],
    ]);
    const text = (selector: string) =>
      [...element.querySelectorAll(selector)].map((p) => p.textContent?.replace(/\s+/g, ' ').trim());
    expect(text('.meta')).toEqual([
      'network · VPN · S2 · resolved at L2 in 2h 30m on Nov 2, 2026',
      'hardware · Printing · S2 · resolved at L1 in 45m on Nov 2, 2026',
    ]);
    expect(text('.summary')).toEqual([
      'Raised the idle timeout on the VPN concentrator',
      'No resolution summary was recorded.',
    ]);
    expect(text('.why')[0]).toBe('Matching words: vpn, drops, remote · same category · same service · 41 % alike');
  });

  it('says so when nothing alike was resolved yet', async () => {
    const { fixture, request, element } = render();
    request.flush([]);
    await settle(fixture);
    expect(element.querySelector('.empty')?.textContent?.trim()).toBe(
      'No resolved escalation looks like this one yet.',
    );
  });

  it('puts an error into words', async () => {
    const { fixture, request, element } = render();
    request.flush(
      { code: 'not_found', message: 'escalation e1 does not exist', correlationId: 'c-1' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Similar escalations could not be loaded. escalation e1 does not exist',
    );
    expect(element.querySelector('a')).toBeNull();
  });
});
