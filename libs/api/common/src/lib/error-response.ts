import { HttpException, NotFoundException } from '@nestjs/common';
import type { ErrorCode } from '@ladder/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { DomainException } from './domain.exception';

export interface ErrorResponse {
  status: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Field path (`a.b`, `(root)` for the whole body) -> messages, for forms to show next to their fields. */
export function fieldErrors(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join('.') : '(root)';
    (fields[path] ??= []).push(issue.message);
  }
  return fields;
}

/**
 * What the API answers for a thrown value. Services throw DomainException; the only HttpExceptions are
 * Nest's own: the router's 404 and body-parser failures (malformed JSON, too large) arrive as 4xx.
 */
export function toErrorResponse(exception: unknown): ErrorResponse {
  if (exception instanceof DomainException) {
    const { status, code, message, details } = exception;
    return details === undefined ? { status, code, message } : { status, code, message, details };
  }
  if (exception instanceof ZodValidationException) {
    const error = exception.getZodError();
    const details = error instanceof ZodError ? { fields: fieldErrors(error) } : undefined;
    return { status: 400, code: 'validation_failed', message: 'The request is not valid', details };
  }
  if (exception instanceof NotFoundException) {
    return { status: 404, code: 'route_not_found', message: exception.message };
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return { status: 400, code: 'validation_failed', message: `Malformed request: ${exception.message}` };
  }
  return { status: 500, code: 'internal_error', message: 'Something went wrong on our side' };
}
