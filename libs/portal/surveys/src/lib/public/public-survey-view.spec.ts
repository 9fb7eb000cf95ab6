import { ApiError } from '@ladder/portal/core';
import { submitFailureMessage, viewOfLoadError, viewOfSurvey } from './public-survey-view';

describe('viewOfSurvey', () => {
  it('shows the questions only for an open survey and says why otherwise', () => {
    expect(viewOfSurvey({ state: 'answered', answeredAt: '2026-11-26T10:00:00.000Z' })).toEqual({
      kind: 'closed',
      reason: 'answered',
      at: '2026-11-26T10:00:00.000Z',
    });
    expect(viewOfSurvey({ state: 'expired', expiredAt: '2026-12-10T10:00:00.000Z' })).toEqual({
      kind: 'closed',
      reason: 'expired',
      at: '2026-12-10T10:00:00.000Z',
    });
    expect(viewOfSurvey({ state: 'withdrawn' })).toEqual({ kind: 'closed', reason: 'withdrawn', at: null });
    expect(viewOfSurvey({ state: 'opted-out' })).toEqual({ kind: 'closed', reason: 'opted-out', at: null });
  });
});

describe('viewOfLoadError', () => {
  it('gives an unknown token and rate limiting their own pages and anything else a retry', () => {
    expect(viewOfLoadError(new ApiError(404, 'not_found', 'x'))).toEqual({
      kind: 'closed',
      reason: 'unknown-link',
      at: null,
    });
    expect(viewOfLoadError(new ApiError(429, 'rate_limited', 'x'))).toEqual({
      kind: 'closed',
      reason: 'rate-limited',
      at: null,
    });
    expect(viewOfLoadError(new ApiError(502, 'unexpected', 'The server answered 502 Bad Gateway.'))).toEqual({
      kind: 'failed',
      message: 'The server answered 502 Bad Gateway.',
    });
  });
});

describe('submitFailureMessage', () => {
  it('reassures that the answers are kept', () => {
    expect(submitFailureMessage(new ApiError(0, 'network_error', 'The server could not be reached.'))).toBe(
      'Your answers could not be sent. The server could not be reached. Your answers are still here: try again.',
    );
    expect(submitFailureMessage(new ApiError(429, 'rate_limited', 'x'))).toContain('your answers are still here');
  });
});
