import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@ladder/api/common';
import { dataSourceOptions, type EntityList } from './data-source-options';
import { DatabaseEndpoint } from './database-endpoint';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ providers: [DatabaseEndpoint], exports: [DatabaseEndpoint] })
class DatabaseEndpointModule {}

/**
 * TypeORM on the server or the embedded engine, migrated on start, plus GET /api/health.
 * `autoLoadEntities` adds what feature modules register with `TypeOrmModule.forFeature`.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: { entities: EntityList }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DatabaseEndpointModule,
        TypeOrmModule.forRootAsync({
          imports: [DatabaseEndpointModule],
          inject: [AppConfig, DatabaseEndpoint],
          useFactory: async (config: AppConfig, endpoint: DatabaseEndpoint) => ({
            // One connection to the embedded engine: its socket server interleaves the extended-protocol messages
            // of concurrent connections on its single session (electric-sql/pglite#1046).
            ...dataSourceOptions(await endpoint.url(), config.embedded ? 1 : config.dbPoolSize, options.entities),
            autoLoadEntities: true,
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [HealthService],
    };
  }
}
