import { BadRequestException, type NestApplicationOptions } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { sendError } from './api-exception.filter';
import { DomainException } from './domain.exception';

export const API_PREFIX = 'api';

/**
 * Create the app with these: the body parser is registered by `configureHttpApp` instead, so its failures
 * (malformed JSON) are answered right after it, before the static-file fallback could turn them into a 404.
 * The raw body is kept for the signed webhooks of alert intake.
 */
export const HTTP_APP_OPTIONS: NestApplicationOptions = { bodyParser: false, bufferLogs: true, rawBody: true };

const BODY_LIMIT = '1mb';

function answerBodyParserErrors(error: unknown, request: Request, response: Response, _next: NextFunction): void {
  const message = error instanceof Error ? error.message : 'unreadable body';
  const tooLarge = (error as { type?: string }).type === 'entity.too.large';
  sendError(
    request,
    response,
    tooLarge
      ? new DomainException('payload_too_large', `The body is over the limit of ${BODY_LIMIT}`)
      : new BadRequestException(message),
  );
}

/** HTTP concerns shared by main.ts and the test harness, so tests run the same stack users hit. */
export function configureHttpApp(app: NestExpressApplication): void {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular's critical-CSS inlining loads the stylesheet with an onload attribute.
          'script-src-attr': ["'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          // A demo is often opened over plain http on a LAN address; upgrading its requests would break it.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(answerBodyParserErrors);
}
