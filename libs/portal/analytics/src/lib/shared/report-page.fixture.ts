import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type Routes } from '@angular/router';
import type { Role } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { provideLadderCharts } from '@ladder/portal/ui/charts';
import { AnalyticsApi } from './analytics.api';
import { ReportContext } from './report-context';

// What the page specs share: the providers the reports layout and the app give a page, with stand-ins for the API,
// the session, the reference data and the notifier.

/** Someone signed in with `role`, as the session store gives it. */
export const signedInAs = (role: Role): Provider => ({ provide: SessionStore, useValue: { role: () => role } });

/** The current procedure and the teams, as the reference store gives them. */
export function referenceData(fields: {
  levels?: readonly { level: number; name: string }[];
  teams?: readonly { id: string; name: string }[];
  categories?: readonly string[];
  services?: readonly string[];
}): Provider {
  const levels = fields.levels ?? [];
  const store = {
    ensureLoaded: () => Promise.resolve(),
    teams: () => fields.teams ?? [],
    procedure: () => ({ definition: { levels, categories: fields.categories ?? [], services: fields.services ?? [] } }),
    level: (level: number) => levels.find((l) => l.level === level),
  };
  return { provide: ReferenceStore, useValue: store };
}

/** A notifier that shows nothing: the specs read what the page shows. */
const quietNotifier = { error: () => undefined, info: () => undefined };

/**
 * A report page's surroundings: the router (with `routes`), the charts, the report context, `api` in place of the
 * AnalyticsApi, and a manager signed in. Later providers (another role, say) take the place of these.
 */
export function reportProviders(
  api: object,
  more: Provider[] = [],
  routes: Routes = [],
): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter(routes),
    provideLadderCharts(),
    ReportContext,
    { provide: AnalyticsApi, useValue: api },
    { provide: Notifier, useValue: quietNotifier },
    signedInAs('manager'),
    ...more,
  ];
}

/** Renders a report page at `url` once its reports have come in. */
export async function renderReportPage<T>(page: Type<T>, url: string, api: object, more: Provider[] = []) {
  TestBed.configureTestingModule({ providers: reportProviders(api, more) });
  const router = TestBed.inject(Router);
  await router.navigateByUrl(url);
  const fixture = TestBed.createComponent(page);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement, router, context: TestBed.inject(ReportContext) };
}

/** The toggle button with this text: a report setting, or a card's Chart and Table. */
export const toggleButton = (within: ParentNode, text: string) =>
  Array.from(within.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find(
    (button) => button.textContent?.trim() === text,
  );
