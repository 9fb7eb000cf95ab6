import { Global, Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { ApiExceptionFilter } from './api-exception.filter';
import { AppConfig, loadAppConfig } from './app-config';
import { Clock, SystemClock } from './clock';
import { correlationIdOf } from './correlation-id';

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
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-csrf-token"]',
              'res.headers["set-cookie"]',
            ],
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
