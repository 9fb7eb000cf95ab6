import 'jest-canvas-mock';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ProcedureComparisonReport, ProcedureVersionSummary } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { provideLadderCharts } from '@ladder/portal/ui/charts';
import { of } from 'rxjs';
import { ProceduresApi } from '../shared/procedures.api';
import { ImpactApi } from './impact.api';
import { IMPACT_REPORT } from './impact.fixture';
import { ProcedureImpactPage } from './procedure-impact.page';

// This lib's test setup draws no charts; jsdom has no ResizeObserver, which Chart.js only needs to exist.
globalThis.ResizeObserver ??= class {
  observe = jest.fn();
  unobserve = jest.fn();
  disconnect = jest.fn();
};

const version = (v: number): ProcedureVersionSummary => ({
  id: `id-${v}`,
  version: v,
  name: `Version ${v}`,
  publishedAt: null,
});
const VERSIONS = [version(3), version(2), version(1)];

async function render(url: string, versions = VERSIONS, report: ProcedureComparisonReport = IMPACT_REPORT) {
  const impact = { compare: jest.fn((_params: Record<string, string>) => of(report)) };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideLadderCharts(),
      { provide: ImpactApi, useValue: impact },
      {
        provide: ProceduresApi,
        // The newest is the published one.
        useValue: { list: (statuses: string[]) => of(statuses.includes('retired') ? versions : versions.slice(0, 1)) },
      },
      { provide: Notifier, useValue: { error: () => undefined, info: () => undefined } },
    ],
  });
  const router = TestBed.inject(Router);
  await router.navigateByUrl(url);
  const fixture = TestBed.createComponent(ProcedureImpactPage);
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  await settle();
  return { el: fixture.nativeElement as HTMLElement, impact, router, settle };
}

const texts = (el: HTMLElement, selector: string) =>
  Array.from(el.querySelectorAll(selector)).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
const toggle = (el: HTMLElement, text: string) =>
  Array.from(el.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find(
    (button) => button.textContent?.trim() === text,
  );

describe('ProcedureImpactPage', () => {
  it('compares the current published version with the one before it, and shows every finding', async () => {
    const { el, impact } = await render('/');
    expect(impact.compare.mock.calls).toEqual([[{ a: 'id-2', b: 'id-3', timeBasis: 'wall' }]]);
    expect(texts(el, 'h1')).toEqual(['Did it help?']);
    expect(texts(el, '.sides p')).toEqual([
      'A: v1 Initial — 40 finished escalations (opened 2026-03-02 to 2026-03-09) · list the escalations opened',
      'B: v2 Shorter L2 — 42 finished escalations (opened 2026-03-12 to 2026-03-20) · list the escalations opened',
    ]);
    expect(el.querySelector('.sides a')?.getAttribute('href')).toBe(
      '/reports/drill-down?basis=opened&from=2026-03-02&to=2026-03-09' +
        '&procedureVersionId=11111111-1111-4111-8111-111111111111',
    );
    expect(texts(el, '.note')).toEqual([
      'Not enough escalations yet to tell for: Time at L2 Team Leads. Each side needs at least 20 with a severity and ' +
        'category the other side has too.',
    ]);
    expect(texts(el, '.findings li')).toEqual(IMPACT_REPORT.metrics.map((m) => m.sentence));
    const labels = Array.from(el.querySelectorAll('canvas')).map((c) => c.getAttribute('aria-label'));
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^Forest plot of how much each metric changed from A to B in hours/);
    expect(labels[1]).toMatch(/in percentage points/);
    expect(texts(el, 'h2')).toEqual(expect.arrayContaining(['What changed', 'Case mix']));
  });

  it('keeps periods and the time basis in the URL and asks with them', async () => {
    const { el, impact, router, settle } = await render(
      '/?mode=periods&aFrom=2026-06-01&aTo=2026-08-29&bFrom=2026-08-30&bTo=2026-11-27',
    );
    expect(impact.compare).toHaveBeenLastCalledWith({
      aFrom: '2026-06-01',
      aTo: '2026-08-29',
      bFrom: '2026-08-30',
      bTo: '2026-11-27',
      timeBasis: 'wall',
    });
    expect(el.querySelectorAll('input[type="date"]')).toHaveLength(4);

    toggle(el, 'Business hours')?.click();
    await settle();
    expect(router.url).toBe(
      '/?mode=periods&timeBasis=business&aFrom=2026-06-01&aTo=2026-08-29&bFrom=2026-08-30&bTo=2026-11-27',
    );
    expect(impact.compare).toHaveBeenLastCalledWith(expect.objectContaining({ timeBasis: 'business' }));

    toggle(el, 'Version against version')?.click();
    await settle();
    expect(router.url).toBe('/?mode=versions&timeBasis=business&a=id-2&b=id-3');
  });

  it('says so when there are not two versions to compare, without asking', async () => {
    const { el, impact } = await render('/', [version(1)]);
    expect(impact.compare).not.toHaveBeenCalled();
    expect(texts(el, 'ladder-empty-state .title')).toEqual(['There are not two versions to compare yet']);
  });

  it('says when there are not enough escalations yet to tell anything', async () => {
    const thin = { ...IMPACT_REPORT, metrics: IMPACT_REPORT.metrics.map((m) => ({ ...m, tooFew: true })) };
    const { el } = await render('/', VERSIONS, thin);
    expect(texts(el, 'ladder-empty-state .title')).toContain('Not enough escalations yet to tell');
  });
});
