import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { PlatformModule } from '@ladder/api/common';
import { DatabaseModule } from '@ladder/api/database';
import { ALL_ENTITIES } from './all-entities';
import { CAPABILITY_MODULES } from './capability-modules';
import { DemoSeedService } from './demo-seed.service';
import { portalCacheControl } from './portal-cache';

@Module({
  imports: [
    PlatformModule.forRoot(),
    DatabaseModule.forRoot({ entities: ALL_ENTITIES }),
    ...CAPABILITY_MODULES,
    // The built portal (dist/apps/portal/browser next to dist/apps/api), with index.html for client routes.
    ServeStaticModule.forRoot({
      rootPath: join(__dirname, '..', 'portal', 'browser'),
      exclude: ['/api/{*path}'],
      serveStaticOptions: { setHeaders: (res, path) => res.setHeader('Cache-Control', portalCacheControl(path)) },
    }),
  ],
  providers: [DemoSeedService],
})
export class AppModule {}
