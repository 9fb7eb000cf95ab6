import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody, ErrorCode } from '@ladder/contracts';

export type ApiErrorCode = ErrorCode | 'network_error' | 'unexpected';

/** Field path ("stakeholders.0.email") -> message, for showing errors next to the fields. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Every failed API call reaches the portal as one of these, whatever went wrong underneath. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly correlationId: string | null = null,
    /** The answer's `details` as sent, for callers that expect a shape of their own there. */
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Reads the API's validation details, `{ fields: { "a.b": ["message", ...] } }`: first message per field. */
export function fieldErrorsOf(details: unknown): FieldErrors {
  const fields: unknown =
    typeof details === 'object' && details !== null && 'fields' in details ? details.fields : null;
  if (typeof fields !== 'object' || fields === null) return {};
  const errors: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const first: unknown = Array.isArray(messages) ? messages[0] : messages;
    if (typeof first === 'string') errors[path] = first;
  }
  return errors;
}

/** A structural check rather than the zod schema: zod stays out of the initial bundle. */
function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const { code, message, correlationId } = body as Partial<Record<keyof ErrorBody, unknown>>;
  return typeof code === 'string' && typeof message === 'string' && typeof correlationId === 'string';
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) {
      return new ApiError(0, 'network_error', 'The server could not be reached. Check your connection and try again.');
    }
    if (isErrorBody(error.error)) {
      const { code, message, details, correlationId } = error.error;
      return new ApiError(error.status, code, message, fieldErrorsOf(details), correlationId, details);
    }
    return new ApiError(error.status, 'unexpected', `The server answered ${error.status} ${error.statusText}.`.trim());
  }
  return new ApiError(0, 'unexpected', error instanceof Error ? error.message : 'Something went wrong.');
}
