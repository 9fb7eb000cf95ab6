import { Global, Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { stdSerializers } from 'pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { ApiExceptionFilter } from './api-exception.filter';
import { AppConfig, loadAppConfig } from './app-config';
import { Clock, SystemClock } from './clock';
import { correlationIdOf } from './correlation-id';
import { requestLogFields } from './request-log-fields';

/** Config, clock, logging, validation and error mapping: what every API module relies on. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig = loadAppConfig()): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: correlationIdOf,
            // Unwrapped, so the request serializer reads the raw request instead of a full copy made for it first.
            serializers: { req: requestLogFields, res: stdSerializers.res, err: stdSerializers.err },
            wrapSerializers: false,
            redact: ['res.headers["set-cookie"]'],
          },
        }),
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useClass: SystemClock },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
      exports: [AppConfig, Clock],
    };
  }
}
