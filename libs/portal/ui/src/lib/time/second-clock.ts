import { Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { interval, map } from 'rxjs';

/** Current time as a signal, ticking every second: for countdowns shown to the second. */
@Injectable({ providedIn: 'root' })
export class SecondClock {
  readonly now = toSignal(interval(1_000).pipe(map(() => Date.now())), { initialValue: Date.now() });
}
