import { z } from 'zod';

/** Error codes the API answers with; the portal switches on them. */
export const ErrorCodeSchema = z.enum([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_rejected',
  'not_found',
  'route_not_found',
  'illegal_transition',
  'stale_version',
  'idempotency_conflict',
  'invalid_level',
  'invalid_filter',
  'rate_limited',
  /** The body is over the size limit. */
  'payload_too_large',
  /** A survey link that was answered, expired, withdrawn or opted out of. */
  'survey_closed',
  'internal_error',
  /** The database is unreachable or not migrated (health check). */
  'unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorBodySchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
  correlationId: z.string(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The HTTP status each code maps to; used by the API's exception filter. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_filter: 400,
  invalid_level: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  route_not_found: 404,
  illegal_transition: 409,
  stale_version: 409,
  idempotency_conflict: 409,
  survey_closed: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
};
