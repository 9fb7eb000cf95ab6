import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, configureHttpApp, HTTP_APP_OPTIONS } from '@ladder/api/common';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app/app.module';
import { setupOpenApi } from './app/openapi';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, HTTP_APP_OPTIONS);
  configureHttpApp(app);
  setupOpenApi(app);
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.port);
  app
    .get(Logger)
    .log(
      `Ladder listening on http://localhost:${config.port} (${config.embedded ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'})`,
    );
}

void bootstrap();
