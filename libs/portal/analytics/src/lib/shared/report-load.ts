import { computed, inject, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Notifier } from '@ladder/portal/core';
import type { ReportStatus } from '@ladder/portal/ui';
import { catchError, distinctUntilChanged, map, of, startWith, switchMap, type Observable } from 'rxjs';

export interface ReportLoad<R> {
  status: 'loading' | 'ready' | 'error';
  report: R | null;
}

const LOADING = { status: 'loading', report: null } as const;
const sameParams = (a: Record<string, string> | null, b: Record<string, string> | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * A report that follows its parameters: asked again whenever they change (an older answer is dropped), errors shown
 * by the notifier. `params` returning null means "not needed now" (no comparison asked, say). Call in an injection
 * context.
 */
export function loadReport<R>(
  params: () => Record<string, string> | null,
  fetch: (params: Record<string, string>) => Observable<R>,
): Signal<ReportLoad<R> | null> {
  const notifier = inject(Notifier);
  const request$ = toObservable(computed(params)).pipe(distinctUntilChanged(sameParams));
  return toSignal(
    request$.pipe(
      switchMap((request) =>
        request === null
          ? of(null)
          : fetch(request).pipe(
              map((report): ReportLoad<R> => ({ status: 'ready', report })),
              catchError((error: unknown) => {
                notifier.error(error);
                return of<ReportLoad<R>>({ status: 'error', report: null });
              }),
              startWith<ReportLoad<R>>(LOADING),
            ),
      ),
    ),
    { initialValue: LOADING },
  );
}

/** The card state of a loaded report: `empty` when it loaded with nothing to draw. */
export function cardStatus<R>(load: ReportLoad<R> | null, isEmpty: (report: R) => boolean): ReportStatus {
  if (!load) return 'empty';
  if (load.status !== 'ready' || !load.report) return load.status === 'ready' ? 'empty' : load.status;
  return isEmpty(load.report) ? 'empty' : 'ready';
}
