import type { DrillLinker } from './report-figures';

/** A linker for mapper specs: the drill's target and range as the query, so a spec can read what a cell opens. */
export const testLinker: DrillLinker = ({ target, range }) => ({
  path: 'drill',
  queryParams: { ...Object.fromEntries(Object.entries(target).map(([key, value]) => [key, String(value)])), ...range },
});
