import { catchError, map, type Observable, of, scan, startWith, switchMap } from 'rxjs';
import type { Notifier } from '../notify/notifier';

/** A list page's state: whether a load is in flight or failed, and the last list that arrived. */
export interface ListState<L> {
  loading: boolean;
  failed: boolean;
  list: L | null;
}

export function initialListState<L>(): ListState<L> {
  return { loading: true, failed: false, list: null };
}

/**
 * Loads the list again each time `filters$` emits (dropping a load the next filter overtakes), keeps the previous
 * list on screen while the next one loads, and tells the user in words when a load fails.
 */
export function listLoads<F, L>(
  filters$: Observable<F>,
  load: (filter: F) => Observable<L>,
  notifier: Notifier,
): Observable<ListState<L>> {
  return filters$.pipe(
    switchMap((filter) =>
      load(filter).pipe(
        map((list): Partial<ListState<L>> => ({ loading: false, failed: false, list })),
        catchError((error: unknown) => {
          notifier.error(error);
          return of<Partial<ListState<L>>>({ loading: false, failed: true });
        }),
        startWith<Partial<ListState<L>>>({ loading: true }),
      ),
    ),
    scan((state: ListState<L>, change: Partial<ListState<L>>) => ({ ...state, ...change }), initialListState<L>()),
  );
}
