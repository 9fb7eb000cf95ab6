import type { Span } from './working-windows';

/** The windows with every pause cut out; pauses may overlap each other and come in any order. */
export function* withoutPauses(windows: Iterable<Span>, pauses: readonly Span[]): Generator<Span> {
  const sorted = [...pauses].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of windows) {
    let from = start;
    for (const [pauseStart, pauseEnd] of sorted) {
      if (pauseStart >= end) break;
      if (pauseEnd <= from) continue;
      if (pauseStart > from) yield [from, pauseStart];
      from = Math.max(from, pauseEnd);
    }
    if (from < end) yield [from, end];
  }
}
