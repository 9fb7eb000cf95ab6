import type { ProcedureVersionSummary } from '@ladder/contracts';
import { comparisonParams, defaultPeriods, defaultVersions, readImpactQuery, urlParams } from './impact-query';

const version = (v: number): ProcedureVersionSummary => ({
  id: `id-${v}`,
  version: v,
  name: `Version ${v}`,
  publishedAt: null,
});
const none = { choices: [], published: [] };

describe('impact query', () => {
  it('defaults to the current published version against the newest one before it', () => {
    const choices = [version(3), version(1), version(2)];
    expect(defaultVersions({ choices, published: [version(3)] })).toEqual({ a: 'id-2', b: 'id-3' });
    // The newest version retired with none after it: the published one is still the current.
    expect(defaultVersions({ choices: [version(4), ...choices], published: [version(3)] })).toEqual({
      a: 'id-2',
      b: 'id-3',
    });
    expect(defaultVersions({ choices: [version(1)], published: [version(1)] })).toEqual({ a: null, b: 'id-1' });
    expect(defaultVersions(none)).toEqual({ a: null, b: null });
  });

  it('defaults to the last 90 days against the 90 before them', () => {
    expect(defaultPeriods('2026-11-27')).toEqual({
      aFrom: '2026-06-01',
      aTo: '2026-08-29',
      bFrom: '2026-08-30',
      bTo: '2026-11-27',
    });
  });

  it('reads the URL, filling what it lacks and replacing what is not a date', () => {
    const query = readImpactQuery(
      { mode: 'periods', aFrom: '2026-01-01', aTo: 'soon', timeBasis: 'business' },
      { choices: [version(2), version(1)], published: [version(2)] },
      '2026-11-27',
    );
    expect(query).toEqual({
      mode: 'periods',
      a: 'id-1',
      b: 'id-2',
      aFrom: '2026-01-01',
      aTo: '2026-08-29',
      bFrom: '2026-08-30',
      bTo: '2026-11-27',
      timeBasis: 'business',
    });
    expect(readImpactQuery({ a: 'x', b: 'y', timeBasis: 'moon' }, none, '2026-11-27')).toMatchObject({
      mode: 'versions',
      a: 'x',
      b: 'y',
      timeBasis: 'wall',
    });
  });

  it('asks the API only what the mode reads, and nothing without two versions', () => {
    const query = readImpactQuery({ a: 'x', b: 'y' }, none, '2026-11-27');
    expect(comparisonParams(query)).toEqual({ a: 'x', b: 'y', timeBasis: 'wall' });
    expect(comparisonParams({ ...query, b: null })).toBeNull();
    expect(comparisonParams({ ...query, mode: 'periods' })).toEqual({
      aFrom: '2026-06-01',
      aTo: '2026-08-29',
      bFrom: '2026-08-30',
      bTo: '2026-11-27',
      timeBasis: 'wall',
    });
    expect(urlParams({ ...query, timeBasis: 'business' })).toEqual({
      mode: 'versions',
      timeBasis: 'business',
      a: 'x',
      b: 'y',
    });
  });
});
