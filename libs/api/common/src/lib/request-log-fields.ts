import type { IncomingMessage } from 'node:http';

export interface RequestLogFields {
  id: unknown;
  method: string | undefined;
  url: string | undefined;
  remoteAddress: string | undefined;
}

/**
 * What every log line of a request says about it. pino-http binds this to each request's logger when the request
 * starts, logged or not, so it stays small: the full request with its headers (redacted and serialised on every
 * request) was about a tenth of the API's CPU for a simple authenticated GET.
 */
export function requestLogFields(request: IncomingMessage & { id?: unknown; originalUrl?: string }): RequestLogFields {
  return {
    id: request.id,
    method: request.method,
    url: request.originalUrl ?? request.url,
    remoteAddress: request.socket?.remoteAddress,
  };
}
