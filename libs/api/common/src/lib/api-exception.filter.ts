import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ErrorBody } from '@ladder/contracts';
import type { Request, Response } from 'express';
import { correlationIdOf } from './correlation-id';
import { toErrorResponse } from './error-response';

const logger = new Logger('ApiExceptionFilter');

/** Answers `{ code, message, details?, correlationId }` for anything thrown; logs the 500s. */
export function sendError(request: Request, response: Response, exception: unknown): void {
  const { status, ...error } = toErrorResponse(exception);
  if (status >= 500) logger.error(exception, `${request.method} ${request.originalUrl} failed`);
  const body: ErrorBody = { ...error, correlationId: correlationIdOf(request, response) };
  response.status(status).json(body);
}

/** The one exception filter for everything that happens inside Nest's pipeline. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(http.getRequest<Request>(), http.getResponse<Response>(), exception);
  }
}
