import { Subject, throwError, of, type Observable } from 'rxjs';
import type { Notifier } from '../notify/notifier';
import { listLoads, type ListState } from './list-loads';

describe('listLoads', () => {
  it('loads per filter, keeps the last list while the next loads, and reports a failure once', () => {
    const filters = new Subject<string>();
    const pending = new Subject<string[]>();
    const errors: unknown[] = [];
    const notifier = { error: (e: unknown) => errors.push(e) } as unknown as Notifier;
    const load = (f: string): Observable<string[]> =>
      f === 'broken' ? throwError(() => new Error('down')) : f === 'slow' ? pending : of([f]);
    const states: ListState<string[]>[] = [];
    listLoads(filters, load, notifier).subscribe((s) => states.push(s));

    filters.next('a');
    filters.next('slow');
    filters.next('broken');
    expect(states).toEqual([
      { loading: true, failed: false, list: null },
      { loading: false, failed: false, list: ['a'] },
      { loading: true, failed: false, list: ['a'] },
      { loading: true, failed: false, list: ['a'] },
      { loading: false, failed: true, list: ['a'] },
    ]);
    expect(errors).toEqual([new Error('down')]);
    // The slow load was overtaken: its late answer changes nothing.
    pending.next(['late']);
    expect(states).toHaveLength(5);
  });
});
