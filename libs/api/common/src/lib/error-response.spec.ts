import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { z } from 'zod';
import { DomainException } from './domain.exception';
import { toErrorResponse } from './error-response';

describe('toErrorResponse', () => {
  it('maps a domain exception to the status of its code, keeping details', () => {
    expect(toErrorResponse(new DomainException('stale_version', 'Reload', { current: 4 }))).toEqual({
      status: 409,
      code: 'stale_version',
      message: 'Reload',
      details: { current: 4 },
    });
  });

  it('turns zod issues into field errors', () => {
    const result = z.object({ email: z.email(), level: z.number() }).safeParse({ email: 'x', level: 'two' });
    expect(result.success).toBe(false);
    const response = toErrorResponse(new ZodValidationException(result.error));
    expect(response).toEqual({
      status: 400,
      code: 'validation_failed',
      message: 'The request is not valid',
      details: {
        fields: { email: ['Invalid email address'], level: ['Invalid input: expected number, received string'] },
      },
    });
  });

  it('maps the router 404 to route_not_found and body-parser 4xx to validation_failed', () => {
    expect(toErrorResponse(new NotFoundException('Cannot GET /api/x'))).toEqual({
      status: 404,
      code: 'route_not_found',
      message: 'Cannot GET /api/x',
    });
    expect(toErrorResponse(new BadRequestException('Unexpected end of JSON input')).code).toBe('validation_failed');
    expect(toErrorResponse(new PayloadTooLargeException()).status).toBe(400);
  });

  it('hides anything else behind 500 internal_error', () => {
    expect(toErrorResponse(new TypeError('x is undefined'))).toEqual({
      status: 500,
      code: 'internal_error',
      message: 'Something went wrong on our side',
    });
  });
});
