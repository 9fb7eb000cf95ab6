import { ApiError } from '@ladder/portal/core';
import { serverErrors } from './server-errors';

describe('serverErrors', () => {
  it('keeps the validation paths of the body and puts reference problems under definition', () => {
    const error = new ApiError(400, 'validation_failed', 'levels.0.teamIds.1: no team x', { name: 'Required' }, 'c-1', {
      problems: [{ path: 'severities.2.calendar', message: 'no calendar named "old"' }],
    });
    expect(serverErrors(error)).toEqual({
      name: 'Required',
      'definition.severities.2.calendar': 'no calendar named "old"',
    });
  });

  it('falls back to the message when nothing names a field', () => {
    expect(serverErrors(new ApiError(400, 'validation_failed', 'Bad draft'))).toEqual({ '': 'Bad draft' });
  });
});
