import { Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { interval, map } from 'rxjs';

/** Current time as a signal, ticking every 30 s so relative times stay fresh. */
@Injectable({ providedIn: 'root' })
export class Clock {
  readonly now = toSignal(interval(30_000).pipe(map(() => Date.now())), { initialValue: Date.now() });
}
