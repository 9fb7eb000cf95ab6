import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE = /^[\w.:-]{1,100}$/;

/**
 * The request's correlation id: the caller's `x-correlation-id` when it looks sane, else a new UUID.
 * Set on the response header once; pino-http uses it as the request id, so every log line carries it.
 */
export function correlationIdOf(request: IncomingMessage, response: ServerResponse): string {
  const existing = response.getHeader(CORRELATION_HEADER);
  if (typeof existing === 'string') return existing;
  const incoming = request.headers[CORRELATION_HEADER];
  const id = typeof incoming === 'string' && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
  if (!response.headersSent) response.setHeader(CORRELATION_HEADER, id);
  return id;
}
