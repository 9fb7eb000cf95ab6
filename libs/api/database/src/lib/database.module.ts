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
            ...dataSourceOptions(await endpoint.url(), config.dbPoolSize, options.entities),
            autoLoadEntities: true,
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [HealthService],
    };
  }
}
