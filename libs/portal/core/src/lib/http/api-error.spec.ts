import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, fieldErrorsOf, toApiError } from './api-error';

describe('toApiError', () => {
  it('keeps the code, message, correlation id and field errors of an API error body', () => {
    const error = toApiError(
      new HttpErrorResponse({
        status: 400,
        error: {
          code: 'validation_failed',
          message: 'The request is not valid',
          details: { fields: { title: ['Required', 'Too short'], 'stakeholders.0.email': ['Invalid email'] } },
          correlationId: 'c-42',
        },
      }),
    );
    expect(error).toEqual(
      new ApiError(
        400,
        'validation_failed',
        'The request is not valid',
        { title: 'Required', 'stakeholders.0.email': 'Invalid email' },
        'c-42',
      ),
    );
    expect(error.correlationId).toBe('c-42');
    expect(error.fieldErrors).toEqual({ title: 'Required', 'stakeholders.0.email': 'Invalid email' });
    expect(error.details).toEqual({
      fields: { title: ['Required', 'Too short'], 'stakeholders.0.email': ['Invalid email'] },
    });
  });

  it('says the server could not be reached on status 0', () => {
    const error = toApiError(new HttpErrorResponse({ status: 0 }));
    expect(error.code).toBe('network_error');
    expect(error.message).toBe('The server could not be reached. Check your connection and try again.');
  });

  it('describes a response that is not an API error body by its status', () => {
    const error = toApiError(new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: '<html>' }));
    expect(error.code).toBe('unexpected');
    expect(error.message).toBe('The server answered 502 Bad Gateway.');
  });

  it('wraps a plain Error', () => {
    expect(toApiError(new Error('boom')).message).toBe('boom');
  });
});

describe('fieldErrorsOf', () => {
  it('ignores details without fields', () => {
    expect(fieldErrorsOf({ reason: 'x' })).toEqual({});
    expect(fieldErrorsOf(undefined)).toEqual({});
  });
});
