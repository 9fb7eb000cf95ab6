import { convertToParamMap } from '@angular/router';
import { queryRecord, settingFrom } from './page-settings';

describe('page settings', () => {
  const BUCKETS = ['day', 'week', 'month'] as const;

  it('reads an allowed value from the URL', () => {
    expect(settingFrom({ bucket: 'month' }, 'bucket', BUCKETS, 'week')).toBe('month');
  });

  it('falls back to the default when the value is absent or not allowed', () => {
    expect(settingFrom({}, 'bucket', BUCKETS, 'week')).toBe('week');
    expect(settingFrom({ bucket: 'year' }, 'bucket', BUCKETS, 'week')).toBe('week');
  });

  it('turns a query parameter map into a record of its first values', () => {
    expect(queryRecord(convertToParamMap({ from: '2026-10-01', team: ['a', 'b'] }))).toEqual({
      from: '2026-10-01',
      team: 'a',
    });
  });
});
